#include "markdown_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <string_view>
#include <vector>

namespace alearn {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node *node) const { cmark_node_free(node); }
};

// The nodes of `document` of `type`, collected before any of them is changed.
std::vector<cmark_node *> nodes_of(cmark_node *document, cmark_node_type type) {
  cmark_iter *iter = cmark_iter_new(document);
  std::vector<cmark_node *> nodes;
  for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
    cmark_node *node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type) {
      nodes.push_back(node);
    }
  }
  cmark_iter_free(iter);
  return nodes;
}

// "<!-- privacy: ok -->": a note for whoever edits the file, not for its readers.
bool html_comment(cmark_node *html) {
  const char *literal = cmark_node_get_literal(html);
  std::string_view text = literal == nullptr ? std::string_view{} : std::string_view{literal};
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  return text.starts_with("<!--") && text.ends_with("-->") && text.find("-->") == text.size() - 3;
}

// HTML a person typed is shown as the text it is, escaped, rather than left out: safe mode
// would drop a whole paragraph that starts with a tag, and the person's words with it. A
// comment is left out.
void html_to_text(cmark_node *document) {
  for (cmark_node *html : nodes_of(document, CMARK_NODE_HTML_INLINE)) {
    if (html_comment(html)) {
      cmark_node_free(html); // unlinks it too
      continue;
    }
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, cmark_node_get_literal(html));
    cmark_node_replace(html, text);
    cmark_node_free(html);
  }
  for (cmark_node *html : nodes_of(document, CMARK_NODE_HTML_BLOCK)) {
    if (html_comment(html)) {
      cmark_node_free(html);
      continue;
    }
    cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, cmark_node_get_literal(html));
    cmark_node_append_child(paragraph, text);
    cmark_node_replace(html, paragraph);
    cmark_node_free(html);
  }
}

// An image would be fetched by the browser: it becomes a link to its address, with its text.
void images_to_links(cmark_node *document) {
  for (cmark_node *image : nodes_of(document, CMARK_NODE_IMAGE)) {
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    while (cmark_node *child = cmark_node_first_child(image)) {
      cmark_node_append_child(link, child); // moves the alt text
    }
    cmark_node_replace(image, link);
    cmark_node_free(image);
  }
}

} // namespace

std::string markdown_to_html(std::string_view markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char *name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  html_to_text(document.get());
  images_to_links(document.get());
  // Without CMARK_OPT_UNSAFE the renderer leaves raw HTML and dangerous links out.
  char *html =
      cmark_render_html(document.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  cmark_get_default_mem_allocator()->free(html);
  return out;
}

} // namespace alearn
