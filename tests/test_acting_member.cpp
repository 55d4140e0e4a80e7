// Who may act in a workgroup (acting_member.hpp): the one function every writer asks.
#include "acting_member.hpp"

#include <doctest/doctest.h>

using namespace alearn;

namespace {

Workgroup acting_group() {
  Workgroup group;
  group.slug = "inwerken";
  for (const char *name : {"Sanne de Vries", "Mohamed Bakkali", "Zoë Hendriks", "Zoë Jansen"}) {
    Member member;
    member.name = name;
    group.members.push_back(member);
  }
  Member former;
  former.name = "Ruud Smit";
  former.left = std::chrono::year{2026} / 9 / 1;
  group.former_members.push_back(former);
  return group;
}

constexpr std::string_view acting_members_list =
    "\n  Sanne de Vries\n  Mohamed Bakkali\n  Zoë Hendriks\n  Zoë Jansen";

} // namespace

TEST_SUITE("acting_member") {
  TEST_CASE("a member acts, by the whole name or a first name only one member has") {
    const Workgroup group = acting_group();
    auto sanne = require_acting_member(group, "sanne");
    REQUIRE(sanne.has_value());
    CHECK((*sanne)->name == "Sanne de Vries");
    auto zoe = require_acting_member(group, "ZOE JANSEN");
    REQUIRE(zoe.has_value());
    CHECK((*zoe)->name == "Zoë Jansen");
  }

  TEST_CASE("someone unknown is refused with the members listed") {
    const Workgroup group = acting_group();
    auto nobody = require_acting_member(group, "Nobody");
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().kind == ErrorKind::not_found);
    CHECK(nobody.error().message.en ==
          "Nobody is not a member of inwerken; the members are:" + std::string(acting_members_list));
    CHECK(nobody.error().message.nl ==
          "Nobody is geen lid van inwerken; de leden zijn:" + std::string(acting_members_list));
  }

  TEST_CASE("a typo of a name gets did you mean") {
    const Workgroup group = acting_group();
    auto typo = require_acting_member(group, "Mohamed Bakali");
    REQUIRE_FALSE(typo.has_value());
    CHECK(typo.error().message.en ==
          "Mohamed Bakali is not a member of inwerken; did you mean Mohamed Bakkali? "
          "The members are:" +
              std::string(acting_members_list));
    CHECK(typo.error().message.nl == "Mohamed Bakali is geen lid van inwerken; bedoel je Mohamed Bakkali? "
                                     "De leden zijn:" +
                                         std::string(acting_members_list));
    // A first name will do as well.
    CHECK(closest_member(group, "Sane") == &group.members.at(0));
    CHECK(closest_member(group, "Petronella") == nullptr);
  }

  TEST_CASE("a former member is refused with the day they left") {
    const Workgroup group = acting_group();
    auto ruud = require_acting_member(group, "ruud");
    REQUIRE_FALSE(ruud.has_value());
    CHECK(ruud.error().kind == ErrorKind::refused);
    CHECK(ruud.error().message.en ==
          "Ruud Smit left inwerken on 2026-09-01; only members take part. The members are:" +
              std::string(acting_members_list));
    CHECK(ruud.error().message.nl ==
          "Ruud Smit is sinds 2026-09-01 geen lid meer van inwerken; alleen leden doen mee. De leden zijn:" +
              std::string(acting_members_list));
  }

  TEST_CASE("a first name that several members share asks for the whole name") {
    const Workgroup group = acting_group();
    auto zoe = require_acting_member(group, "Zoe");
    REQUIRE_FALSE(zoe.has_value());
    CHECK(zoe.error().kind == ErrorKind::usage);
    CHECK(zoe.error().message.en ==
          "'Zoe' matches more than one member; give the whole name:\n  Zoë Hendriks\n  "
          "Zoë Jansen");
  }

  TEST_CASE("a group without members yet: whoever takes part joins first") {
    Workgroup group;
    group.slug = "nieuw";
    auto sanne = require_acting_member(group, "Sanne de Vries");
    REQUIRE_FALSE(sanne.has_value());
    CHECK(sanne.error().kind == ErrorKind::refused);
    CHECK(sanne.error().message.en == "nieuw has no members yet; whoever takes part joins first:");
    CHECK(sanne.error().advice ==
          Advice{Action::workgroup_member_add, {word(Param::text, "Sanne de Vries")}, "nieuw"});
  }

  TEST_CASE("no name at all") {
    const Workgroup group = acting_group();
    auto blank = require_acting_member(group, " ");
    REQUIRE_FALSE(blank.has_value());
    CHECK(blank.error().kind == ErrorKind::usage);
    CHECK(blank.error().message.en ==
          "no name: who is doing this? The members of inwerken are:" + std::string(acting_members_list));
  }
}
