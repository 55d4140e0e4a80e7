#include "page_output.hpp"

#include "choices.hpp"
#include "files.hpp"

namespace alearn {

namespace fs = std::filesystem;

void add_page_output_options(CLI::App &cmd, PageOutput &output, Lang lang) {
  cmd.add_option("--format", output.format,
                 help(lang, "text (standaard), md (Markdown) of html (één pagina om te delen)",
                      "text (the default), md (Markdown) or html (one page to share)"))
      ->transform(one_of(plain_choices({"text", "md", "html"}), lang));
  cmd.add_option("-o,--output", output.file, help(lang, "Schrijf naar dit bestand", "Write to this file"));
  cmd.add_flag("--allow-personal-data", output.allow_personal_data,
               help(lang, "Exporteer ook als er iets in staat dat op persoonsgegevens lijkt",
                    "Export even when something in it looks like personal data"));
  add_output_options(cmd, output.output, lang);
}

std::string page_format(const PageOutput &output) {
  if (output.format != "text" || output.file.empty()) {
    return output.format;
  }
  const std::string extension = fs::path(output.file).extension().string();
  return extension == ".html" || extension == ".htm" ? "html" : "md";
}

bool exports(const PageOutput &output) {
  return page_format(output) != "text" || output.output.format == OutputFormat::json;
}

Status write_output_file(const Session &session, const fs::path &file, const std::string &text) {
  const fs::path path = (session.io.context.cwd / file).lexically_normal();
  std::error_code ec;
  if (!fs::is_directory(path.parent_path(), ec)) {
    return fail(ErrorKind::not_found,
                tr("de map {} bestaat niet; er is niets geschreven",
                   "the folder {} does not exist; nothing was written", file.parent_path().string()));
  }
  return write_file_atomic(path.parent_path(), path, text);
}

Status refuse_personal_data(const Session &session, const std::vector<PersonalDataInFile> &found) {
  if (found.empty()) {
    return {};
  }
  Text refusal = personal_data_refusal(found, session.repository_root);
  refusal.nl += "\n(Is het geen gegeven van een cliënt en wil je het toch delen: --allow-personal-data.)";
  refusal.en += "\n(If it is no client's data and you want to share it anyway: --allow-personal-data.)";
  return fail(ErrorKind::input, std::move(refusal));
}

Status write_page(Session &session, const PageOutput &output, const std::vector<PageBlock> &blocks) {
  const std::string text = page_format(output) == "html" ? page_html(blocks, session.lang)
                                                         : page_markdown(blocks, session.lang) + "\n";
  if (output.file.empty()) {
    session.io.out << text;
    return {};
  }
  TRY(write_output_file(session, output.file, text));
  session.report_saved(tr("Geschreven: {}\n", "Written: {}\n", output.file));
  return {};
}

void add_network_filter_options(CLI::App &cmd, NetworkFilter &filter, Lang lang) {
  cmd.add_option("--theme", filter.theme,
                 help(lang, "Alleen werkgroepen met dit thema", "Only workgroups with this theme"));
  cmd.add_option("--organisation", filter.organisation,
                 help(lang, "Alleen werkgroepen van deze organisatie (een deel van de naam mag)",
                      "Only workgroups of this organisation (part of the name will do)"));
  cmd.add_option("--network", filter.repository,
                 help(lang, "Alleen deze repository van het netwerk (een deel van de naam mag)",
                      "Only this repository of the network (part of the name will do)"));
}

void add_network_scope_options(CLI::App &cmd, NetworkFilter &filter, Lang lang) {
  filter.own_only = true;
  cmd.add_option_function<std::vector<std::string>>(
         "--network",
         [&filter](const std::vector<std::string> &names) {
           filter.own_only = false;
           filter.repository = names.empty() ? std::string{} : names.front();
         },
         help(lang, "Over het hele netwerk (of alleen de genoemde repository ervan)",
              "Across the whole network (or only the repository of it named)"))
      ->expected(0, 1);
  cmd.add_option("--theme", filter.theme,
                 help(lang, "Alleen werkgroepen met dit thema", "Only workgroups with this theme"));
  cmd.add_option("--organisation", filter.organisation,
                 help(lang, "Alleen werkgroepen van deze organisatie (een deel van de naam mag)",
                      "Only workgroups of this organisation (part of the name will do)"));
}

} // namespace alearn
