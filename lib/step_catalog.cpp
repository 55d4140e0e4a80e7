// The 15 steps of action learning in care and welfare and the spiral they turn in. The facts
// (what each step asks) follow the method; the wording is ours, in Dutch and in English.
#include "step_catalog.hpp"

#include <cassert>

namespace alearn {

namespace {

constexpr std::array<StepInfo, step_count> catalog = {{
    {1,
     Phase::explore,
     {"Kies een echt, urgent en complex probleem", "Choose a real, urgent and complex problem"},
     {"Begin bij wat nu pijn doet in het werk, niet bij een oplossing die al klaarligt. Een goed probleem is "
      "echt (mensen lopen er elke week tegenaan), urgent (wachten maakt het erger) en complex (niemand heeft "
      "het "
      "antwoord in zijn eentje). Beschrijf het in een paar zinnen, zo concreet dat een collega van een "
      "andere "
      "organisatie het herkent: wie merkt het, waar en hoe vaak? Het personeelstekort is zo'n probleem; maak "
      "het "
      "klein genoeg om er iets aan te kunnen doen.",
      "Start from what hurts in the work today, not from a solution that is already waiting. A good problem "
      "is "
      "real (people run into it every week), urgent (waiting makes it worse) and complex (nobody holds the "
      "answer alone). Describe it in a few sentences, concretely enough that a colleague from another "
      "organisation recognises it: who notices it, where and how often? The staff shortage is such a "
      "problem; "
      "cut it down to a size you can act on."}},
    {2,
     Phase::plan,
     {"Kies actieleren als aanpak en ontwerp het proces", "Choose action learning and design the process"},
     {"Ga na of de organisatie of het netwerk ruimte geeft om te proberen, te twijfelen en fouten te delen; "
      "zonder die ruimte blijft actieleren bij praten. Leg daarna het ontwerp vast: het doel (wat is er over "
      "een "
      "paar maanden anders), de middelen (uren, budget, begeleiding), de randvoorwaarden (steun van "
      "leidinggevenden, vrijgeroosterde tijd) en de aanpak: brede werkconferenties, vaste werkgroepen, of "
      "allebei.",
      "Find out whether the organisation or network leaves room to try, to doubt and to share mistakes; "
      "without "
      "that room action learning stays talk. Then record the design: the goal (what is different in a few "
      "months), the means (hours, budget, guidance), the preconditions (backing from managers, time freed in "
      "the "
      "rosters) and the approach: broad work conferences, standing workgroups, or both."}},
    {3,
     Phase::plan,
     {"Vorm een werkgroep van 5 tot 7 mensen", "Form a workgroup of 5 to 7 people"},
     {"Zoek mensen die het probleem van dichtbij kennen en er verschillend naar kijken: zorgmedewerkers, "
      "begeleiders, leidinggevenden, soms cliënten of studenten, uit één organisatie of uit meerdere. Een "
      "open "
      "oproep, een startbijeenkomst waar mensen zich aanmelden of mensen gericht vragen: het kan allemaal. "
      "Met "
      "minder dan vijf mist de groep perspectieven, met meer dan zeven krijgt niet iedereen ruimte. Spreek "
      "af wie "
      "de groep begeleidt.",
      "Look for people who know the problem up close and see it differently: care workers, support staff, "
      "managers, sometimes clients or students, from one organisation or several. An open call, a kick-off "
      "meeting where people sign up, or asking people directly: all of these work. With fewer than five the "
      "group misses viewpoints, with more than seven not everyone gets room. Agree who facilitates the "
      "group."}},
    {4,
     Phase::plan,
     {"Maak afspraken over hoe jullie samen leren", "Agree how you will learn together"},
     {"Spreek bij de start spelregels af en schrijf ze op: hoe vaak en hoe lang jullie samenkomen, dat wat "
      "in "
      "de groep gedeeld wordt daar blijft, dat iedereen een logboek bijhoudt, dat mislukte experimenten net "
      "zo "
      "welkom zijn als geslaagde, en wie welke rol heeft. Afspraken die de groep zelf verwoordt, worden "
      "beter "
      "nagekomen dan afspraken van buitenaf. Kijk ze halverwege opnieuw na.",
      "At the start, agree on ground rules and write them down: how often and how long you meet, that what "
      "is "
      "shared in the group stays there, that everyone keeps a logbook, that failed experiments are as "
      "welcome as "
      "successful ones, and who takes which role. Rules the group words itself are kept better than rules "
      "handed "
      "down. Look at them again halfway."}},
    {5,
     Phase::plan,
     {"Bepaal indicatoren, einddatum en planning", "Set indicators, an end date and a timeline"},
     {"Spreek vooraf af wanneer jullie tevreden zijn over de vooruitgang en waaraan je dat merkt: dat zijn "
      "de "
      "indicatoren, elk met een beginwaarde, een streefwaarde en iemand die meet. Het mogen cijfers zijn "
      "(uitstroom, verzuim, open diensten) of het oordeel van de groep zelf. Bepaal ook hoe lang stap 4 tot "
      "en "
      "met 15 mogen duren en zet een einddatum; reken op minstens drie maanden, want experimenten hebben "
      "tijd "
      "nodig om iets te laten zien.",
      "Agree beforehand when you will be satisfied with your progress and how you will notice: those are the "
      "indicators, each with a baseline, a target and someone who measures it. They can be figures "
      "(turnover, "
      "sick leave, open shifts) or the group's own judgement. Also decide how long steps 4 to 15 may take "
      "and set "
      "an end date; allow at least three months, because experiments need time to show anything."}},
    {6,
     Phase::act_observe,
     {"Houd logboeken bij en leg de bijeenkomsten vast", "Keep logbooks and record the meetings"},
     {"Ieder lid houdt een eigen logboek bij: wat heb ik gedaan, wat viel me op, wat heb ik ontdekt? Kort en "
      "vaak werkt beter dan lang en zelden. Van elke bijeenkomst komt een verslag: wat is besproken, wat is "
      "besloten en wie pakt wat op; een tekening of een foto van het whiteboard telt ook. Samen vormen ze "
      "het "
      "geheugen van de groep en het materiaal voor de evaluatie.",
      "Every member keeps a logbook of their own: what did I do, what struck me, what did I discover? Short "
      "and "
      "often beats long and rare. Each meeting gets a report: what was discussed, what was decided and who "
      "picks "
      "up what; a drawing or a photo of the whiteboard counts too. Together they are the group's memory and "
      "the "
      "material for the evaluation."}},
    {7,
     Phase::explore,
     {"Leg alles over het probleem op tafel", "Put everything about the problem on the table"},
     {"Verzamel alles wat jullie over het probleem weten en houd vier soorten uit elkaar: feiten (gemeten of "
      "na "
      "te gaan), ervaringen (wat iemand is overkomen), emoties (wat het met mensen doet) en meningen (wat "
      "iemand "
      "ervan vindt). Alle vier tellen mee; door ze te scheiden zie je waar je iets weet en waar je iets "
      "aanneemt. "
      "Blijkt het probleem te groot, kader het dan af: kies het deel waar de groep echt invloed op heeft.",
      "Gather everything you know about the problem and keep four kinds apart: facts (measured or "
      "checkable), "
      "experiences (what happened to someone), emotions (what it does to people) and opinions (what someone "
      "thinks of it). All four count; keeping them apart shows where you know and where you assume. If the "
      "problem turns out too big, narrow it: choose the part the group can truly influence."}},
    {8,
     Phase::explore,
     {"Daag de vooronderstellingen over het probleem uit", "Challenge the assumptions about the problem"},
     {"Schrijf op wat jullie als vanzelfsprekend aannemen over het probleem en de huidige manier van werken "
      "('nieuwe collega's vertrekken om het salaris', 'dit rooster kan niet anders'). Vraag bij elke "
      "aanname: hoe "
      "weten we dat, en wat als het niet klopt? Een facilitator of een creatieve werkvorm helpt om buiten de "
      "gebaande paden te denken. Houd bij welke aannames standhouden, welke jullie bijstellen en welke "
      "vervallen.",
      "Write down what you take for granted about the problem and the current way of working ('new "
      "colleagues "
      "leave because of the pay', 'this roster cannot be different'). For each assumption ask: how do we "
      "know, "
      "and what if it is wrong? A facilitator or a creative method helps to think off the beaten track. Keep "
      "track of which assumptions hold, which you revise and which you drop."}},
    {9,
     Phase::explore,
     {"Haal feedback op uit het netwerk of de organisatie",
      "Gather feedback from the network or organisation"},
     {"Toets jullie beeld van het probleem bij mensen buiten de groep: collega's op de werkvloer, "
      "leidinggevenden, cliënten, andere organisaties in het netwerk. Vraag wat zij herkennen, wat ze missen "
      "en "
      "wat ze anders zien. Noteer van wie de feedback komt, zodat later duidelijk is vanuit welk perspectief "
      "het "
      "gezegd is.",
      "Test your picture of the problem with people outside the group: colleagues on the floor, managers, "
      "clients, other organisations in the network. Ask what they recognise, what they miss and what they "
      "see "
      "differently. Note whom each piece of feedback comes from, so that later it is clear from which "
      "viewpoint "
      "it was given."}},
    {10,
     Phase::plan,
     {"Zoek wat en wie kan helpen, en daag aannames over oplossingen uit",
      "Find what and who can help, and challenge assumptions about solutions"},
     {"Ga actief op zoek naar kennis en voorbeelden: lees, kijk, bezoek een organisatie die het al anders "
      "doet, "
      "nodig iemand uit die er verstand van heeft. Let ook op wat elders mislukte; daar leer je net zo veel "
      "van. "
      "Ben je eenmaal gecharmeerd van een oplossing, daag dan ook die aannames uit: waarom zou dit hier "
      "werken, "
      "voor wie precies, en wat is ervoor nodig?",
      "Go and find knowledge and examples: read, watch, visit an organisation that already works "
      "differently, "
      "invite someone who knows the field. Look at what failed elsewhere too; you learn as much from that. "
      "Once "
      "a solution has charmed you, challenge those assumptions as well: why would it work here, for whom "
      "exactly, and what does it need?"}},
    {11,
     Phase::act_observe,
     {"Kies een paar concrete oplossingen en experimenteer",
      "Choose a few concrete solutions and experiment"},
     {"Kies een paar oplossingen die klein genoeg zijn om snel uit te proberen. Elk experiment heeft één "
      "eigenaar uit de groep, een vraag die het moet beantwoorden, een voorspelling van wat er gebeurt en "
      "een "
      "plan: wie doet wat, wanneer en waar. Leg vooraf vast naar welke indicatoren je kijkt. Observeer "
      "terwijl "
      "het loopt en schrijf op wat je ziet in je logboek.",
      "Choose a few solutions small enough to try soon. Each experiment has one owner in the group, a "
      "question "
      "it should answer, a prediction of what will happen and a plan: who does what, when and where. Decide "
      "beforehand which indicators you will watch. Observe while it runs and write down what you see in your "
      "logbook."}},
    {12,
     Phase::evaluate,
     {"Deel de resultaten en reflecteer; herhaal zo nodig",
      "Share the results and reflect; repeat when needed"},
     {"Bespreek in de groep wat elk experiment opleverde en vergelijk dat met de voorspelling. Wat hielp "
      "(succesfactoren), wat zat in de weg (knelpunten), wat leren we ervan? Een mislukt experiment is een "
      "resultaat, geen schande: deel het net zo open. Besluit per experiment: overnemen, aanpassen of "
      "stoppen. "
      "Aanpassen betekent een nieuwe ronde: terug naar stap 11.",
      "Discuss in the group what each experiment yielded and compare it with the prediction. What helped "
      "(success factors), what stood in the way (bottlenecks), what do we learn? A failed experiment is a "
      "result, not a disgrace: share it just as openly. Decide for each experiment: adopt, adapt or abandon. "
      "Adapting means another round: back to step 11."}},
    {13,
     Phase::evaluate,
     {"Deel de (eind)resultaten in open bijeenkomsten", "Share the (final) results in open meetings"},
     {"Laat buiten de werkgroep zien wat jullie hebben gedaan en geleerd: in een teamoverleg, een "
      "netwerkbijeenkomst of een open middag. Vertel wat werkte en wat niet, en waarom. Zo bouwen anderen "
      "verder "
      "op jullie resultaten in plaats van opnieuw te beginnen, en hoort de groep wat anderen ervan vinden.",
      "Show people outside the workgroup what you did and learned: at a team meeting, a network gathering or "
      "an "
      "open afternoon. Tell what worked and what did not, and why. Others can then build on your results "
      "instead "
      "of starting over, and the group hears what others make of them."}},
    {14,
     Phase::evaluate,
     {"Evalueer regelmatig aan de hand van de indicatoren", "Evaluate regularly against the indicators"},
     {"Kijk op vaste momenten naar de indicatoren die jullie in stap 5 afspraken: waar stonden we, waar "
      "staan we "
      "nu, en is de verandering echt of toeval? Eén meting zegt weinig; een reeks metingen laat zien of er "
      "iets "
      "verschuift. Bespreek ook het proces zelf: werken de afspraken, is er genoeg tijd? Stel de plannen "
      "daarop "
      "bij.",
      "At fixed moments look at the indicators you agreed in step 5: where did we stand, where are we now, "
      "and "
      "is the change real or chance? One measurement says little; a series shows whether something shifts. "
      "Discuss the process itself too: do the agreements work, is there enough time? Adjust the plans to "
      "what "
      "you find."}},
    {15,
     Phase::evaluate,
     {"Rond af, borg wat werkt en begin zo nodig opnieuw",
      "Wrap up, embed what works and start again if needed"},
     {"Zorg dat wat werkt niet verdwijnt als de werkgroep stopt: wie neemt het over, in welk team, met welke "
      "middelen? Breng de oplossing verder in de eigen organisatie of het netwerk, en leg vast wat nog "
      "openligt. "
      "Is het probleem niet opgelost, of is er onderweg een nieuw probleem zichtbaar geworden, begin dan een "
      "nieuwe cyclus bij stap 1, met alles wat jullie nu weten.",
      "Make sure what works does not vanish when the workgroup stops: who takes it over, in which team, with "
      "which means? Carry the solution further into your own organisation or the network, and record what is "
      "still open. If the problem is not solved, or a new one came to light on the way, start a new cycle at "
      "step 1, with everything you know now."}},
}};

} // namespace

const std::array<StepInfo, step_count> &step_catalog() { return catalog; }

const StepInfo &step_info(int number) {
  assert(number >= 1 && number <= step_count);
  return catalog.at(static_cast<std::size_t>(number - 1));
}

StaticText phase_name(Phase phase) {
  switch (phase) {
  case Phase::explore:
    return {"verkennen", "explore"};
  case Phase::plan:
    return {"plannen", "plan"};
  case Phase::act_observe:
    return {"uitvoeren en observeren", "act and observe"};
  case Phase::evaluate:
    break;
  }
  return {"evalueren", "evaluate"};
}

std::string_view phase_id(Phase phase) {
  switch (phase) {
  case Phase::explore:
    return "explore";
  case Phase::plan:
    return "plan";
  case Phase::act_observe:
    return "act-observe";
  case Phase::evaluate:
    break;
  }
  return "evaluate";
}

StaticText phase_description(Phase phase) {
  switch (phase) {
  case Phase::explore:
    return {"het probleem of vraagstuk onderzoeken voordat er oplossingen op tafel komen",
            "investigating the problem or question before solutions come to the table"};
  case Phase::plan:
    return {"veranderacties bedenken en voorbereiden", "devising and preparing the changes to try"};
  case Phase::act_observe:
    return {"de veranderacties uitvoeren en kijken wat er gebeurt",
            "carrying out the changes and watching what happens"};
  case Phase::evaluate:
    break;
  }
  return {
      "resultaten en proces beoordelen; daaruit volgen bijgestelde of nieuwe plannen voor de volgende ronde "
      "van de spiraal",
      "judging the results and the process; adjusted or new plans follow for the next turn of the spiral"};
}

} // namespace alearn
