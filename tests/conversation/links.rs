//! Follow-ups that go on along the curated links: what else, more, examples, what it means, which
//! ones, the foremost.

use crate::support::*;

#[test]
fn why_and_more_in_russian_and_chinese_follow_the_curated_links() {
    // "подробнее" / "详细说说" after the entry on how Moscow steers the SCO: its curated `more`,
    // not the SCO entry the context's words match best.
    for turns in
        [["Что такое ШОС?", "зачем?", "подробнее"], ["上合组织是什么？", "为什么？", "详细说说"]]
    {
        let answered = converse(&turns);
        assert_eq!(answered[0].as_deref(), Some("sco"), "{turns:?}");
        assert_eq!(answered[1].as_deref(), Some("moscow-steers-sco"), "{turns:?}");
        assert_eq!(answered[2].as_deref(), Some("security-coordination"), "{turns:?}");
    }
}

#[test]
fn a_follow_up_whose_own_words_point_to_the_next_entry_is_answered_with_it() {
    // "Who leads them?" is a "who", which the forces' entry gives (its members); the message's
    // own words point to the entry it leads to, on who leads the alliance, far ahead of it.
    let turns =
        converse(&["tell me about the collective rapid reaction forces", "who leads them then?"]);
    assert_eq!(turns[0].as_deref(), Some("collective-rapid-reaction-forces"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
    // "He" about a person asks for that person's words: not the author's entry on China that
    // the Trenin entry links to, although it fits "about China" better.
    let turns = converse(&["who is dmitri trenin", "what did he say about china?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn what_else_asks_for_the_next_item_unless_it_is_about_a_persons_words() {
    let turns = converse(&[
        "how could moscow and washington manage crises together?",
        "what else could they cooperate on?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("crisis-management"));
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
    // Kerry's entry leads on to Trenin's account, which is not what Kerry said.
    assert_eq!(
        converse(&["who is john kerry?", "what else did he say?"])[1].as_deref(),
        Some("kerry")
    );
}

#[test]
fn what_he_said_right_after_who_he_is_is_the_profiles_own_quote_and_what_else_the_next() {
    // Trenin's profile quotes his words: "what did he say?" asks them, not his next view.
    let turns = converse(&["wait who is trenin", "what did he say", "anything else from him?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin"), "an interjection is no topic");
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    assert_eq!(turns[2].as_deref(), Some("trenin-west-coordination"));
    let turns = converse(&["who is trenin", "what else did he say?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn besides_what_was_just_named_asks_the_next_item_in_a_short_message_only() {
    let turns =
        converse(&["which company builds the reactors in tianwan?", "and besides nuclear?"]);
    assert_eq!(turns[0].as_deref(), Some("rosatom-reactors"));
    assert_eq!(turns[1].as_deref(), Some("cr929"));
    // A long message opening the same way names its own matter.
    let turns = converse(&[
        "what problems did the washington post op-ed list",
        "Apart from NATO and missile defense, what wider issue divides Moscow and Washington?",
    ]);
    assert_ne!(turns[1].as_deref(), Some("china-central-asia-presence"));
    assert!(turns[1].is_some());
}

#[test]
fn asking_what_it_means_asks_what_the_answer_leads_to() {
    // Gabuev's "condominium" is the division of labour the next entry sets out.
    for meaning in [
        "meaning?",
        "what does that mean",
        "what does it mean in practice?",
        "в каком смысле?",
        "什么意思？",
    ] {
        let first = match meaning.chars().next().is_some_and(|c| c.is_ascii()) {
            true => "what does gabuev call the relationship",
            false if meaning.starts_with('в') => "Как Габуев назвал сотрудничество?",
            false => "加布耶夫如何称呼这种合作？",
        };
        let turns = converse(&[first, meaning]);
        assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
        assert_eq!(turns[1].as_deref(), Some("division-of-labour"), "{meaning}");
    }
}

#[test]
fn what_it_could_lead_to_is_what_the_answer_says_it_may_lead_to_else_its_next_step() {
    // The fear of overdependence "might force Moscow to make concessions"; the power gap
    // "might inhibit future cooperation": each quote says what it may lead to.
    let worry = "Does Russia worry about relying too much on China economically?";
    for consequence in ["what could it lead to", "к чему это может привести?", "这会导致什么？"]
    {
        let turns = converse(&[worry, consequence]);
        assert_eq!(turns[0].as_deref(), Some("energy-majority-stake"));
        assert_eq!(turns[1].as_deref(), Some("energy-majority-stake"), "{consequence}");
    }
    let turns =
        converse(&["Is there a power gap between China and Russia?", "what could that lead to?"]);
    assert_eq!(turns[0].as_deref(), Some("growing-disparity"));
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
    // The treaty's anniversary says of no consequence: its next step is where it leads.
    let turns = converse(&["what is the treaty of good-neighborliness?", "consequences?"]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
}

#[test]
fn how_it_makes_someone_feel_is_the_feeling_the_answer_states() {
    // The power gap's quote states "Russia's increasing fear of inferior status"; its own
    // words found Moscow's feeling of threat from NATO, or the accommodation.
    for feeling in ["how does that make moscow feel?", "how does russia feel abt that"] {
        let turns = converse(&["Is there a power gap between China and Russia?", feeling]);
        assert_eq!(turns[0].as_deref(), Some("growing-disparity"));
        assert_eq!(turns[1].as_deref(), Some("growing-disparity"), "{feeling}");
    }
}

#[test]
fn what_they_should_do_instead_is_the_recommendation_the_answer_leads_to() {
    let turns = converse(&[
        "will biden and putin make a breakthrough at their summit",
        "what should they do instead",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
    // Two steps away, the author's own: not Mearsheimer's advice, though it is linked first.
    let turns = converse(&[
        "Is a US-Russia alignment against China realistic at the moment?",
        "What does the author think they should do instead?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("detente-to-check-china"));
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
}

#[test]
fn the_foremost_of_what_was_listed_is_what_the_answer_leads_to() {
    // NATO's enlargement heads the disputes; on its own, "matters most" found the withdrawal.
    for foremost in ["which matters most?", "what was the key one?", "which one tops the list?"] {
        let turns = converse(&["what are the main disputes between the us and russia?", foremost]);
        assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
        assert_eq!(turns[1].as_deref(), Some("nato-enlargement"), "{foremost}");
    }
}

#[test]
fn asking_for_examples_asks_what_the_answer_leads_to() {
    for request in ["Give me concrete examples.", "any examples?", "приведи примеры", "举个例子？"]
    {
        let turns = converse(&[
            "Did the West punish Russia after the Cold War the way Germany was treated after WWI?",
            request,
        ]);
        assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
        // The first example the article gives: the seat Russia retained.
        assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"), "{request}");
    }
    // "who for example?": examples of people (it was declined).
    let turns = converse(&["Do some experts doubt the partnership?", "who for example?"]);
    assert_eq!(turns[0].as_deref(), Some("sceptics-view")); // guard
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn which_one_is_the_worst_picks_among_what_was_said() {
    // "worst" alone is an insult to the bot; after a list of disputes, "which one" asks the
    // foremost of them (it was answered as an insult).
    let turns = converse(&[
        "what are the main disputes between moscow and washington?",
        "which one is the worst?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
}

#[test]
fn another_item_is_not_one_already_answered() {
    // The Iran deal's reason leads back to the deal, which the reader has just read: "what
    // else should they do?" is the next recommendation linked, better communication.
    let turns = converse(&[
        "where could moscow and washington work together?",
        "why that one?",
        "what else should they do?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("jcpoa"));
    assert_eq!(turns[1].as_deref(), Some("iran-common-ground"));
    assert_eq!(turns[2].as_deref(), Some("improving-communication"));
}

#[test]
fn which_of_those_the_answer_names_is_what_it_leads_to() {
    // The advice names "states that are on Russia's borders" without listing them; which ones
    // is its next entry. What the advice is good for is still the advice's own reason.
    let turns = converse(&[
        "What should Washington and Moscow do now, according to the author?",
        "which states especially?",
        "what good would it do?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
    assert_eq!(turns[2].as_deref(), Some("crisis-management"));
    // A noun the answer does not name is asked on its own words.
    let turns = converse(&[
        "What should Washington and Moscow do now, according to the author?",
        "which treaty?",
    ]);
    assert_ne!(turns[1].as_deref(), Some("eu-nato-aspirants"));
    // An answer that lists them ("namely, the EAEU and the CSTO") has said which already.
    let turns = converse(&["What is cooperative hegemony?", "which frameworks?"]);
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
}

#[test]
fn who_else_asks_for_the_next_person_the_answer_leads_to() {
    // After the leaders' call, the foreign ministers spoke too; it was declined.
    let turns = converse(&["how do xi and putin describe their ties", "who else spoke recently"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    // Its own words, when they find an answer, name what else.
    let turns = converse(&["did russia sell jets to china", "who else were they offered to"]);
    assert_eq!(turns[0].as_deref(), Some("sukhoi-35"));
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
}

#[test]
fn more_about_the_joint_projects_is_the_first_project() {
    let turns =
        converse(&["which high tech projects do russia and china run together", "tell me more"]);
    assert_eq!(turns[0].as_deref(), Some("high-tech-frontiers"));
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn what_else_is_the_linked_item_its_own_words_name() {
    // After Kerry on NATO, "what else" went to the next item in the article (Trenin on the
    // West's coordination with Russia); its own words ask what Washington said of NATO's
    // expansion, which the West's reassurances, linked too, give.
    let turns = converse(&[
        "what did kerry say about nato",
        "what else did washington say about nato getting bigger",
    ]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("west-reassurances"));
}

#[test]
fn who_else_asks_the_next_person_not_the_item_its_words_name() {
    // "talked recently" reads the leaders' "unprecedented" words best, but "who else" after the
    // leaders' call asks who else talked: the foreign ministers, what the call leads to.
    let turns =
        converse(&["what did putin and xi say about their ties", "who else talked recently"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn what_else_he_claimed_is_his_quote_when_nothing_linked_gives_more_of_his_words() {
    // "claim" alone touches the headline and the leaders' claims: a tie, offered as "did you
    // mean". About Kerry, the article gives one statement of his.
    let turns = converse(&["What did John Kerry say about NATO?", "what else did he claim?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn meaning_what_and_one_example_ask_where_the_answer_leads() {
    let turns = converse(&[
        "How does Gabuev describe the Sino-Russian arrangement in Central Asia?",
        "meaning what exactly?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    let turns =
        converse(&["Where does Russia's threat perception show up?", "give me one example"]);
    assert_eq!(turns[0].as_deref(), Some("nato-threat-perception"));
    assert_eq!(turns[1].as_deref(), Some("threat-in-state-documents"));
}

#[test]
fn which_ones_of_an_answer_naming_only_a_kind_is_where_it_leads() {
    // "official state documents" names no document; the entry it leads to does.
    let turns =
        converse(&["Is the NATO threat written into Russia's official documents?", "which ones?"]);
    assert_eq!(turns[0].as_deref(), Some("threat-in-state-documents"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
    // An answer listing them answers it itself.
    let turns = converse(&["Where does Russia have bases?", "which ones?"]);
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn which_of_what_the_answer_points_back_to_is_the_link_naming_them() {
    // "these jets" points back to jets the answer does not name; of what it leads to, the
    // Sukhoi entry names them (the first link, the symbolic closeness, does not).
    let turns = converse(&["What did Moscow offer Turkey?", "which jets?"]);
    assert_eq!(turns[0].as_deref(), Some("turkey-jets-offer"));
    assert_eq!(turns[1].as_deref(), Some("sukhoi-35"));
}

#[test]
fn an_ordinal_asks_for_that_point_of_an_answer_that_counts_its_points() {
    // The main argument's quote counts "First, ... Second, ...": each point is in it.
    let argument = "what is the author's main argument?";
    for ordinal in ["whats the first", "and the second one?", "а второй?", "第二个呢？"]
    {
        let turns = converse(&[argument, ordinal]);
        assert_eq!(turns[0].as_deref(), Some("main-argument"));
        assert_eq!(turns[1].as_deref(), Some("main-argument"), "{ordinal}");
    }
}

#[test]
fn explaining_a_counted_point_is_the_linked_entry_opening_with_it() {
    // The main argument counts two points; the entry linked to it opening with "Second," says
    // more of the second, and the first, which no link opens with, is elaborated next in the
    // article, where the answer leads (the accommodation).
    let argument = "what is the author's main argument?";
    for (ask, expected) in [
        ("explain the second one", "low-trust"),
        ("tell me more about the first point", "accommodation"),
        ("объясни второй", "low-trust"),
    ] {
        let turns = converse(&[argument, ask]);
        assert_eq!(turns[0].as_deref(), Some("main-argument"));
        assert_eq!(turns[1].as_deref(), Some(expected), "{ask}");
    }
    // Guard: an ordinal alone is that point of the counting quote itself (above).
    let turns = converse(&[argument, "and the second?"]);
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
}

#[test]
fn what_else_after_a_quote_joining_several_things_is_the_rest_of_it() {
    // The 2014 doctrine's quote names two risks; "what else does it list?" asks the second,
    // in that quote, not the 2016 concept it leads to.
    let doctrine = "What does the 2014 Russian military doctrine say about NATO?";
    let turns = converse(&[doctrine, "what else does it list?"]);
    assert_eq!(turns[0].as_deref(), Some("military-doctrine-2014"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
    let turns = converse(&["Where does Russia have troops or bases?", "anything else"]);
    assert_eq!(turns[0].as_deref(), Some("russian-bases"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
    // Guard: a quote of one thing (the Security Council seat) leads on to the next (the G-8).
    let turns = converse(&["Does Russia have a permanent seat in the UN?", "anything else?"]);
    assert_eq!(turns[0].as_deref(), Some("un-security-council-seat"));
    assert_eq!(turns[1].as_deref(), Some("g8"));
}

#[test]
fn even_with_what_the_quote_concedes_is_the_quote() {
    // The foreign ministers underscored the ties "despite the pandemic disruption": asked
    // whether that holds even with covid, the quote answers, not the pandemic's own entry.
    let turns = converse(&["what did the foreign ministers say?", "even with covid going on?"]);
    assert_eq!(turns[0].as_deref(), Some("wang-yi"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    // Guard: something the quote does not name is no concession of it.
    let turns = converse(&["what did the foreign ministers say?", "even with NATO enlargement?"]);
    assert_ne!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn anything_else_they_do_together_is_where_the_answer_leads() {
    // "planning" found the Joint Comprehensive Plan of Action by its name; the CR929 leads to
    // the lunar station, the other joint project.
    let turns = converse(&["What is the CR929?", "anything else they're planning together?"]);
    assert_eq!(turns[0].as_deref(), Some("cr929"));
    assert_eq!(turns[1].as_deref(), Some("lunar-station"));
    // Guard: naming a matter of its own asks that.
    let turns = converse(&["What is the CR929?", "anything else they're planning about Iran?"]);
    assert_ne!(turns[1].as_deref(), Some("lunar-station"));
}

#[test]
fn a_short_check_in_the_answers_own_words_is_the_answer() {
    // The main argument speaks of "real, albeit not insurmountable, challenges": asked whether
    // the challenges aren't real, the bot gave the pandemic's "further challenges".
    let argument = "What are the two main points the author elaborates on?";
    let turns = converse(&[argument, "so the challenges aren't real?"]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
    // Guard: a word the quote lacks asks about something else.
    let turns = converse(&[argument, "so the pandemic challenges aren't real?"]);
    assert_eq!(turns[1].as_deref(), Some("pandemic-problems"));
}

#[test]
fn which_other_of_a_kind_asks_as_what_else_does() {
    // The reactors' quote names two sites: "which other site?" is the rest of it, not the
    // entry on the website's sections that "site" alone finds.
    let turns = converse(&["which company is building the reactors?", "and at which other site?"]);
    assert_eq!(turns[0].as_deref(), Some("rosatom-reactors"));
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
    let turns =
        converse(&["What is the CSTO?", "what other organisation is mentioned alongside it?"]);
    assert_eq!(turns[0].as_deref(), Some("csto"));
    assert_eq!(turns[1].as_deref(), Some("csto"));
    // A quote of one thing leads on, as after "anything else?".
    let turns = converse(&["Does Russia have a permanent seat in the UN?", "what other forum?"]);
    assert_eq!(turns[1].as_deref(), Some("g8"));
    // Guard: naming something besides the kind is a question of its own.
    let turns = converse(&[
        "which company is building the reactors?",
        "what other countries are in the SCO?",
    ]);
    assert_ne!(turns[1].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn which_of_those_after_a_preposition_asks_which_of_those() {
    // "about which states especially?" asks which, as "which states especially?" does: the
    // states the recommendation only describes, which the next entry names.
    let turns = converse(&[
        "What should Moscow and Washington do at this juncture?",
        "about which states especially?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication")); // guard
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
}

#[test]
fn what_else_after_a_quote_giving_only_part_is_what_it_leads_to() {
    // The arms sales are "partially driven by pragmatic business considerations": what else
    // drives them, "only that?" or "what else?", is the symbolic closeness that follows, though
    // the quote joins several words with a comma.
    for question in ["only that?", "what else?", "is that all?"] {
        let turns = converse(&["What weapons is Russia selling to China?", "why?", question]);
        assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer")); // guard
        assert_eq!(turns[2].as_deref(), Some("symbolic-closeness"), "{question}");
    }
    // Saying it is all one wanted is small talk, not a question (a guard).
    let turns = converse(&["What weapons is Russia selling to China?", "thanks, that's all"]);
    assert_eq!(turns[1], None);
}

#[test]
fn what_else_in_it_after_a_quote_listing_several_things_is_that_quote() {
    // The doctrine's quote names two risks; "in it" is the doctrine, not the foreign policy
    // concept the answer leads to.
    let turns = converse(&[
        "What does Russia's 2014 military doctrine say about NATO?",
        "anything else in it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("military-doctrine-2014"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
}

#[test]
fn who_else_marks_a_follow_up() {
    // "tried" alone finds the SCO's entry with confidence; after the attempts to improve
    // relations, "who else" asks who else tried: Medvedev, whom that quote names.
    let turns = converse(&[
        "When did relations between Moscow and Washington start going downhill?",
        "did nobody try to fix them?",
        "who else tried?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[2].as_deref(), Some("improvement-attempts"));
}

#[test]
fn whether_a_country_belongs_is_the_quote_that_says_who_is_in_it() {
    // The EAEU's quote says its bodies "do not include China": "does china belong?" asked
    // exactly that, and was answered with the SCO.
    let turns = converse(&["What is the Eurasian Economic Union?", "do the chinese belong too?"]);
    assert_eq!(turns[0].as_deref(), Some("eaeu"));
    assert_eq!(turns[1].as_deref(), Some("eaeu"));
    let turns = converse(&["What is the Eurasian Economic Union?", "did china join?"]);
    assert_eq!(turns[1].as_deref(), Some("eaeu"));
    // Guard: a body the quote does not name is asked about on its own.
    let turns =
        converse(&["What is the Eurasian Economic Union?", "does china belong to the sco?"]);
    assert_eq!(turns[1].as_deref(), Some("sco"));
}

#[test]
fn whether_washington_and_moscow_could_team_up_is_the_authors_verdict() {
    // Teaming up is allying: the author's verdict on a détente to check China ("wishful
    // thinking") answers whether they could, not Mearsheimer's advice that they should, nor
    // Russia's own military alliance.
    let turns = converse(&[
        "Will the Biden-Putin summit bring a breakthrough?",
        "so could america team up with russia against china?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("detente-to-check-china"));
    let turns = converse(&[
        "Will the Biden-Putin summit bring a breakthrough?",
        "could they team up against beijing",
    ]);
    assert_eq!(turns[1].as_deref(), Some("detente-to-check-china"));
    // Guard: whether they should is Mearsheimer's advice.
    let turns = converse(&["Should the US ally with Russia against China?"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer"));
}

#[test]
fn which_of_a_plural_the_quote_ends_on_unnamed_is_where_it_leads() {
    // "embedded in official state documents.": the quote names none, so "which documents?"
    // asks what it leads to (the 2014 doctrine); it got the same sentence again.
    let turns = converse(&[
        "Is Russia's threat perception written into official papers?",
        "which documents?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("threat-in-state-documents"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
    // Not to a linked entry that names them no better ("in official state documents" again).
    let turns = converse(&[
        "What is at the root of Russia's fears, according to the article?",
        "Where is that visible?",
        "Which documents exactly?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("nato-threat-perception"));
    assert_eq!(turns[2].as_deref(), Some("military-doctrine-2014"));
}

#[test]
fn like_what_after_a_claim_the_article_illustrates_next_is_the_illustration() {
    // The leaders' praise is illustrated next ("For instance, during a phone call ..."): "like
    // what?" asks for that instance, which the description itself does not give.
    let described = "how do the leaders describe china russia relations";
    for ask in ["like what exactly?", "such as?", "比如？"] {
        let turns = converse(&[described, ask]);
        assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level"));
        assert_eq!(turns[1].as_deref(), Some("december-phone-call"), "{ask}");
    }
    // Guard: where the answer leads is no instance of it (the realist logic leads to the U.S.
    // presence as glue), the instance is in its own quote ("For instance, in Eurasia, ...").
    let turns = converse(&["whats the general logic about rising powers", "like what?"]);
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
}

#[test]
fn an_example_asked_of_a_quote_that_gives_one_is_that_quote() {
    // The realist logic's quote gives its instance ("For instance, in Eurasia, ..."); where it
    // leads (the U.S. presence as glue) is no example of it.
    let logic = "what does the realist logic say happens when power shifts";
    for ask in ["example?", "any example?"] {
        let turns = converse(&[logic, ask]);
        assert_eq!(turns[0].as_deref(), Some("realist-logic"));
        assert_eq!(turns[1].as_deref(), Some("realist-logic"), "{ask}");
    }
    // Guard: a quote with no instance of its own leads to one.
    let turns = converse(&["how do the leaders describe china russia relations", "any examples?"]);
    assert_eq!(turns[1].as_deref(), Some("december-phone-call"));
}

#[test]
fn which_matters_most_is_the_one_the_article_ranks_first() {
    // After the disputes, the quote they lead to puts NATO enlargement "at the top of Russia's
    // grievances"; the disputes' own quote ranks none.
    for ask in ["Which of them weighs most for Moscow?", "какой из них главный?"] {
        let turns = converse(&["What are the main disputes between the US and Russia?", ask]);
        assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
        assert_eq!(turns[1].as_deref(), Some("nato-enlargement"), "{ask}");
    }
    let turns = converse(&["美俄之间有哪些争端？", "哪个最重要？"]);
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
    // Guard: "самолёт" (a plane) opens with "сам", but asks for nothing that ranks first.
    let turns = converse(&["Какие споры есть между Россией и США?", "а какой самолёт?"]);
    assert_ne!(turns[1].as_deref(), Some("nato-enlargement"));
    // After the op-ed's list, the problem it calls "most crucial", not another view of it.
    let turns = converse(&[
        "Which US newspaper ran a piece on the weak spots of the Sino-Russian partnership?",
        "Which of those did the writer see as the most serious?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("china-central-asia-presence"));
}

#[test]
fn what_else_after_one_item_of_a_list_is_the_next_item() {
    // The reactors' quote joins two plants, but it is one item of the high-tech projects;
    // the next quote goes on "also": the passenger plane. Another site is still the quote's.
    let opening = ["Are there any joint high-tech projects?", "who builds the reactors?"];
    let turns = converse(&[opening[0], opening[1], "what else"]);
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
    assert_eq!(turns[2].as_deref(), Some("cr929"));
    let turns = converse(&[opening[0], opening[1], "and at which other site?"]);
    assert_eq!(turns[2].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn a_continuation_near_tie_the_current_entry_links_to_is_the_next_step() {
    // "UN" alone finds the shared vision of the U.N.'s centrality first and the seat Russia
    // retained close behind; after the West's integration of Russia, which links to the seat,
    // the seat is meant.
    let turns = converse(&["Was the West hostile to Russia after the Cold War?", "and at the UN?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin-west-coordination"));
    assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"));
}

#[test]
fn so_what_after_part_of_a_sentence_is_the_point_the_whole_sentence_makes() {
    // Tajikistan is named as one place where news reports a Chinese military presence; the
    // sentence goes on: "this should not be understood as a prelude to ... displacement".
    for so_what in ["so what", "и что?", "所以呢？"] {
        let turns = converse(&["is tajikistan in the csto or the sco", so_what]);
        assert_eq!(turns[0].as_deref(), Some("tajikistan"));
        assert_eq!(turns[1].as_deref(), Some("chinese-military-presence"), "{so_what}");
    }
    // After a whole sentence it is that sentence again.
    let turns = converse(&["is a russia-us detente likely soon?", "so what?"]);
    assert_eq!(turns[1], turns[0]);
}

#[test]
fn what_to_do_instead_after_the_authors_view_is_the_authors_advice() {
    // The author rejects a détente to check China, which answers Mearsheimer's advice: what
    // they should do instead is the author's (improve communication), not his.
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit?",
        "So could they team up against China?",
        "What should they do instead?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("detente-to-check-china"));
    assert_eq!(turns[2].as_deref(), Some("improving-communication"));
}

#[test]
fn whether_it_is_only_what_partly_drives_it_is_what_comes_next() {
    // The jets' sale "may be partially driven by pragmatic business considerations"; the next
    // quote says it is also a symbolic display of closeness.
    for asked in ["so is it just business?", "is it only about money?"] {
        let turns = converse(&["did russia offer the su-35 to anyone else?", asked]);
        assert_eq!(turns[0].as_deref(), Some("turkey-jets-offer"));
        assert_eq!(turns[1].as_deref(), Some("symbolic-closeness"), "{asked}");
    }
}

#[test]
fn whether_it_is_just_words_or_more_is_where_the_answer_leads() {
    // After Lavrov's words on NATO: the threat perception "was also embedded in official state
    // documents". (Its own words found the sceptics' "positive rhetoric", or nothing.)
    for asked in [
        "is that just rhetoric or actual policy?",
        "is this just rhetoric or also official policy?",
    ] {
        let turns =
            converse(&["How did Lavrov characterize NATO's expansion?", asked, "which documents?"]);
        assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
        assert_eq!(turns[1].as_deref(), Some("threat-in-state-documents"), "{asked}");
        assert_eq!(turns[2].as_deref(), Some("military-doctrine-2014"), "{asked}");
    }
    // Guard: an alternative naming something else is asked of what it names.
    let turns = converse(&["what is the sco?", "is it only the sco or also the csto?"]);
    assert_ne!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn how_after_a_quote_that_goes_on_is_the_rest_of_it() {
    // "the West has tried to alleviate Russia's fears about NATO. The United States had
    // consistently stated ...": the second sentence says how, not Trenin's passage linked.
    for how in ["how?", "in what way?"] {
        let turns = converse(&["Has the West tried to reassure Russia over NATO?", how]);
        assert_eq!(turns[0].as_deref(), Some("west-reassurances")); // guard
        assert_eq!(turns[1].as_deref(), Some("west-reassurances"), "{how}");
    }
}

#[test]
fn anything_besides_one_part_of_a_list_is_the_next_part() {
    // The joint projects' quote lists the reactors, the CR929 plane and the lunar station,
    // each an entry it links to: besides the nuclear one, the plane.
    let turns = converse(&[
        "What joint high-tech projects do China and Russia have?",
        "anything besides nuclear?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("high-tech-frontiers")); // guard
    assert_eq!(turns[1].as_deref(), Some("cr929"));
    let turns = converse(&[
        "What joint high-tech projects do China and Russia have?",
        "anything apart from the plane?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn so_after_a_quote_that_turns_at_its_end_is_answered_by_the_turn() {
    // "... aware of the growing asymmetry of power between them. However, on principle, China
    // and Russia have reached an accommodation": whether they are rivals, why there is no
    // falling out, is that turn, not the future rift or the competition that its words find.
    for so in ["so are they rivals?", "so why no falling out", "so why doesn't it worry more?"] {
        let turns = converse(&["Is Moscow nervous about Beijing getting stronger?", so]);
        assert_eq!(turns[0].as_deref(), Some("accommodation")); // guard
        assert_eq!(turns[1].as_deref(), Some("accommodation"), "{so}");
    }
    // Guard: a turn inside a sentence is no turn of the quote ("a member of the CSTO, but
    // also the SCO").
    let turns = converse(&["is tajikistan in the csto or the sco", "so do they clash?"]);
    assert_eq!(turns[1].as_deref(), Some("diversification-not-confrontation"));
}

#[test]
fn proof_of_a_claim_with_no_example_is_what_it_leads_to() {
    // "this competition has not translated into confrontation" gives no example; the passage
    // it leads to does (the joint statement of 2015), not the entry whose quote says "evident".
    for proof in ["any proof of that?", "what is the proof?"] {
        let turns = converse(&["Has the rivalry in Central Asia turned into a conflict?", proof]);
        assert_eq!(turns[0].as_deref(), Some("diversification-not-confrontation")); // guard
        assert_eq!(turns[1].as_deref(), Some("belt-and-road"), "{proof}");
    }
    // A quote giving its own ("For instance, in Eurasia ...") is its example.
    let turns = converse(&["What is the neorealist logic the author describes?", "example?"]);
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
    // One saying what shows it ("This was evident in statements ...") is its evidence, though
    // its examples are where it leads (above: "give me one example").
    let turns =
        converse(&["Where does Russia's threat perception show up?", "any evidence for that?"]);
    assert_eq!(turns[0].as_deref(), Some("nato-threat-perception")); // guard
    assert_eq!(turns[1].as_deref(), Some("nato-threat-perception"));
}

#[test]
fn what_else_happened_after_a_quote_joining_several_is_the_rest_of_it() {
    // The pandemic's quote lists its challenges (information sharing, the border, the
    // profiling): what else went wrong is the rest of that list, as "what else?" is.
    for what_else in ["what else went wrong", "what else happened"] {
        let turns = converse(&["how did covid affect the china russia relationship?", what_else]);
        assert_eq!(turns[0].as_deref(), Some("pandemic-problems")); // guard
        assert_eq!(turns[1].as_deref(), Some("pandemic-problems"), "{what_else}");
    }
}

#[test]
fn and_then_after_a_quote_that_goes_on_to_what_came_then_is_that_quote() {
    // "... Russia's rushed response to close the border with China, and then racially profile
    // Chinese citizens ...": what came then is in the quote, not in the next entry.
    let turns = converse(&["how did covid affect the china russia relationship?", "and then?"]);
    assert_eq!(turns[0].as_deref(), Some("pandemic-problems")); // guard
    assert_eq!(turns[1].as_deref(), Some("pandemic-problems"));
}

#[test]
fn what_happened_next_after_a_quote_that_goes_on_to_what_came_then_is_that_quote() {
    // As "and then?": "what happened next?" went where the pandemic's entry leads (Wang Yi's
    // call "despite the pandemic disruption").
    // "and then what happened?" was declined.
    let asked = ["what happened next?", "what happened after that?", "что было дальше?"];
    for next in asked.into_iter().chain(["and then what happened?"]) {
        let turns = converse(&["what happened with the border during the pandemic", next]);
        assert_eq!(turns[0].as_deref(), Some("pandemic-problems")); // guard
        assert_eq!(turns[1].as_deref(), Some("pandemic-problems"), "{next}");
    }
}

#[test]
fn is_that_true_of_others_claim_is_the_passage_right_after_that_contests_it() {
    // The leaders' "unprecedentedly high level" is followed by "Regardless of this positive
    // rhetoric, some scholars ... point out the shortcomings": the article's answer to whether
    // it is true. (A chat "though" only insists.) Kaczmarski comes after that passage: his
    // claim is not contested by it; the article's check of it is the author's thesis (its
    // curated `evidence`), that the challenges are real but not insurmountable.
    for doubt in ["is that true though", "is that true?"] {
        let turns = converse(&["how do leaders describe the relationship these days?", doubt]);
        assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level")); // guard
        assert_eq!(turns[1].as_deref(), Some("sceptics-view"), "{doubt}");
    }
    let turns = converse(&["what does kaczmarski argue", "is that true?"]);
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
}

#[test]
fn a_judgement_of_what_was_said_is_its_own_quote() {
    // "is that serious?" found the Chinese presence in Central Asia ("serious"), "was that
    // unusual tho?" nothing: both judge the border closing just described.
    for judged in ["is that serious?", "was that unusual tho?", "is it a big problem"] {
        let turns = converse(&["what did russia do at the border when covid started?", judged]);
        assert_eq!(turns[0].as_deref(), Some("pandemic-problems")); // guard
        assert_eq!(turns[1].as_deref(), Some("pandemic-problems"), "{judged}");
    }
}

#[test]
fn a_judgement_of_the_things_the_quote_names_is_its_own_quote() {
    // "are the challenges serious?" after the main argument's "real, albeit not
    // insurmountable, challenges" found the Chinese presence in Central Asia ("serious").
    for judged in ["are the challenges serious?", "are they serious?"] {
        let turns = converse(&["what are the main points of the article", judged]);
        assert_eq!(turns[0].as_deref(), Some("main-argument")); // guard
        assert_eq!(turns[1].as_deref(), Some("main-argument"), "{judged}");
    }
}

#[test]
fn whose_thing_the_current_quote_lacks_is_of_the_quote_before_it() {
    // "Biden's decision to completely withdraw" is in the withdrawal's quote, said before the
    // US presence's reason: "whose decision was it?" found the reason again.
    let turns = converse(&[
        "what will the us leaving afghanistan change for the region?",
        "why?",
        "whose decision was that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("afghanistan-withdrawal")); // guard
    assert_eq!(turns[1].as_deref(), Some("us-presence-glue")); // guard
    assert_eq!(turns[2].as_deref(), Some("afghanistan-withdrawal"));
}
