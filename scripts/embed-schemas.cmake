# Writes ${OUTPUT}: a C++ source holding the text of every schema in ${SCHEMAS}, so that the
# alearn binary validates files without reading schemas/ at run time.
set(source "// Generated from schemas/*.schema.json by scripts/embed-schemas.cmake. Do not edit.\n")
string(APPEND source "#include \"schema.hpp\"\n\nnamespace alearn {\n\n")
string(APPEND source "const std::vector<EmbeddedSchema> &embedded_schemas() {\n")
string(APPEND source "  static const std::vector<EmbeddedSchema> schemas = {\n")
foreach(schema_file IN LISTS SCHEMAS)
  get_filename_component(name "${schema_file}" NAME)
  string(REPLACE ".schema.json" "" name "${name}")
  file(READ "${schema_file}" text)
  string(APPEND source "      {\"${name}\", R\"alearn_schema(${text})alearn_schema\"},\n")
endforeach()
string(APPEND source "  };\n  return schemas;\n}\n\n} // namespace alearn\n")
file(WRITE "${OUTPUT}" "${source}")
