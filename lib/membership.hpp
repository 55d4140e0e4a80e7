#pragma once
// Format 2 of the members and agreements of a workgroup: a file each, members/<name>.yaml and
// agreements/<id>.yaml, so that a member who joins on one branch and an agreement added on
// another never touch the same file. Reading, writing and ordering them.
#include "document.hpp"
#include "error.hpp"
#include "workgroup.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace alearn {

// A member's file. The name of the file does not matter to the reader; writers name it after
// the member (member_file_name).
Parsed<Member> parse_member_file(const Document &doc);
// The text of a member's file; empty fields are left out.
std::string render_member_file(const Member &member);
// "sanne-de-vries.yaml"; a name without letters or digits gets "member.yaml".
std::string member_file_name(std::string_view name);

// An agreement's file; the id is the file name, an alearn id as other records have.
Parsed<Agreement> parse_agreement(const Document &doc);
std::string render_agreement(const Agreement &agreement);

// Members in the order they joined (from the start first), then by name; agreements by date,
// then id. Neither order depends on the order files were merged or listed in.
void sort_members(std::vector<Member> &members);
void sort_agreements(std::vector<Agreement> &agreements);

// Adds the members and agreements read from their own files to the workgroup read from
// workgroup.md: a member with `left` joins the former members.
void add_member_files(Workgroup &group, std::vector<Member> members);
void add_agreement_files(Workgroup &group, std::vector<Agreement> agreements);

// The same person twice (in two files, or in a file and in workgroup.md's list): one message
// each, naming the files.
Errors duplicate_members(const Workgroup &group);

// The texts of the agreements, in order.
std::vector<std::string> agreement_texts(const Workgroup &group);

} // namespace alearn
