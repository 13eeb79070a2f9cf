//! Chinese questions, read in pairs of characters: pairs across words, particles, unknown words and
//! names, function words.

use crate::support::*;
use article_qa_bot::matcher::Verdict;

#[test]
fn chinese_pairs_spanning_two_words_are_not_read_as_words() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "者为" and "么认" straddle the function words 作者, 为什么 and 认为; "约签" straddles the
    // curated word 条约; the words themselves stay.
    let read = words_read(&chinese, "作者为什么认为条约签署了");
    for straddling in ["者为", "么认", "约签"] {
        assert!(!read.iter().any(|words| words == straddling), "{straddling}: {read:?}");
    }
    assert!(read.iter().any(|words| words == "条约"), "{read:?}");
    assert!(read.iter().any(|words| words == "签署"), "{read:?}");
}

#[test]
fn a_pair_running_into_a_long_curated_name_and_what_means_are_not_topics() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "对上" is known from "对上海合作组织" in a sample question, but here as there it is "对"
    // and the start of "上海合作组织", whose pairs are words.
    let question = "俄罗斯为什么对上海合作组织有顾虑？";
    assert!(!words_read(&chinese, question).iter().any(|words| words == "对上"));
    assert_eq!(chinese.best_id(question), Some("moscow-steers-sco"));
    // "意味着" (means) and "означает" ask what something means, as "mean" does.
    let question = "伊朗核协议对俄美关系意味着什么？";
    let read = words_read(&chinese, question);
    assert!(!read.iter().any(|words| words == "意味" || words == "味着"), "{read:?}");
    assert_eq!(chinese.best_id(question), Some("jcpoa"));
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Что означает иранская ядерная сделка для отношений России и США?";
    assert!(!words_read(&russian, question).iter().any(|words| words == "означает"));
}

#[test]
fn the_authors_own_research_is_his_cooperative_hegemony_argument() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "本人" (the author himself) and "研究" (research), not Korolev's study.
    assert_eq!(chinese.best_id("作者本人的研究有什么结论？"), Some("cooperative-hegemony"));
}

#[test]
fn a_chinese_word_the_knowledge_base_lacks_counts_as_one_word_between_known_ones() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let terms = chinese.explain_terms("荷兰加入了北约吗");
    // "兰加" is known only as the pair spanning "乌克兰加入" in the knowledge base's own text:
    // no word, so "荷兰" beside it is one, and fills the gap before "加入" whole.
    let netherlands = terms.iter().find(|term| term.words == "荷兰");
    let netherlands = netherlands.unwrap_or_else(|| panic!("荷兰 not read: {terms:?}"));
    let nato = terms.iter().find(|term| term.words == "北约").expect("北约 is read");
    assert!(netherlands.weight > nato.weight, "{terms:?}");
    // A pair inside a stretch of unknown characters is no more than half a word.
    let terms = chinese.explain_terms("荷兰王国加入了北约吗");
    let pair = terms.iter().find(|term| term.words == "荷兰").expect("荷兰 is read");
    assert!(pair.weight < nato.weight, "{terms:?}");
}

#[test]
fn a_chinese_word_of_one_character_between_function_words_counts() {
    // "Which books has Trenin written?": 书 (books) sits between 哪些 and the end, so every pair
    // holding it is dropped; read alone, it is a word the article lacks.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.ask("特列宁写过哪些书？").verdict, Verdict::Declined);
    let ranking = chinese.ask("卡奇马尔斯基在哪所大学？");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("kaczmarski"));
}

#[test]
fn chinese_which_year_holds_no_topic_of_its_own() {
    // "哪一年" was read as the pieces 哪一 and 一年, which the article-date entry's sample
    // questions share: a year asked of a founding the article never dates matched it.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let ranking = chinese.ask("上合组织是哪一年成立的？");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    let ranking = chinese.ask("这篇文章是哪一年发表的？");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("article-date"));
}

#[test]
fn a_chinese_particle_after_a_word_is_no_word_of_its_own() {
    // "学的" of "大学的" is the particle's pair; Kaczmarski's entry holds it too, which tied him
    // with Mearsheimer on Mearsheimer's university.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let ranking = chinese.ask("米尔斯海默是哪所大学的学者？");
    assert_eq!(ranking.verdict, Verdict::Answered, "{:?}", ranking.best());
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("mearsheimer"));
    assert_eq!(chinese.best_id("这篇是哪一年的文章"), Some("article-date"));
    // "的首" of "的首都" was known and hid the fact word 首都 (capital): the capital of a
    // country the article names is not in it.
    let ranking = chinese.ask("塔吉克斯坦的首都是哪里？");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    // After a verb the pair is what is left of the verb: who took the photo.
    assert_eq!(chinese.best_id("照片是谁拍的？"), Some("photo-credit"));
}

#[test]
fn a_chinese_word_that_extends_a_known_one_at_the_end_of_a_question_is_read() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "世界杯" (the World Cup) was read as "世界" (the world): "界杯" was dropped as a seam
    // between two words, though "杯" belongs to no other.
    assert_eq!(chinese.best_id("谁赢了世界杯？"), None);
    assert_eq!(chinese.best_id("上合组织是什么？"), Some("sco"));
}

#[test]
fn an_unknown_chinese_word_weighs_as_a_word_not_as_noise() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "住在" (lives in) is a whole word the article never uses: where Putin lives is not said.
    assert_eq!(chinese.best_id("普京住在哪里？"), None);
    assert_eq!(chinese.best_id("普京是谁？"), Some("putin"));
}

#[test]
fn how_far_in_chinese_is_a_fact_the_article_lacks() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("莫斯科离北京有多远？"), None);
}

#[test]
fn a_chinese_keyword_holds_no_other_name_across_its_words() {
    // "在哪个问题上合作" held "上合" (the SCO) across "问题上" and "合作": the Iran deal's entry
    // answered whether Iran is in the SCO.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("伊朗是上合组织成员吗？"), None);
    assert_eq!(chinese.best_id("伊朗核协议是什么？"), Some("jcpoa"));
}

#[test]
fn colloquial_chinese_what_and_its_seams_are_function_words() {
    // "啥" (what) made "了啥", and "方面有什么" made "面有": both read as content the entries
    // lack, and the questions were declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("2015年双方签了啥？"), Some("belt-and-road"));
    assert_eq!(chinese.best_id("中俄在太空方面有什么计划？"), Some("lunar-station"));
}

#[test]
fn chinese_how_the_us_explains_nato_expansion_is_its_reassurance() {
    // "如何" is "how", a function word as "怎么" and "怎样" are; and the reassurance's Chinese
    // keywords name what it is about, NATO's expansion, which it answered only in its texts:
    // Lavrov's words or the disputes were answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    for question in ["华盛顿如何解释北约扩张", "美国怎样解释北约的扩张？"] {
        assert_eq!(chinese.best_id(question), Some("west-reassurances"), "{question}");
    }
}

#[test]
fn chinese_how_commonly_something_is_held_is_no_topic() {
    // "通常被看作" (generally regarded as): its pairs weighed as rare words of other entries.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "上合组织通常被看作哪个国家的项目？";
    assert_eq!(chinese.best_id(question), Some("sco"), "{question}");
}

#[test]
fn chinese_respectively_and_some_are_no_topics() {
    // "分别" (respectively) weighed as a rare word of another entry: declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "外长们分别强调了什么？";
    assert_eq!(chinese.best_id(question), Some("wang-yi"), "{question}");
}

#[test]
fn chinese_family_of_a_person_is_a_fact_the_article_lacks() {
    // "老婆" (wife) weighed as a short unknown pair: Putin's profile was answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("普京的老婆是谁"), None);
    assert_eq!(chinese.best_id("普京是谁"), Some("putin"));
}

#[test]
fn chinese_expressing_is_saying() {
    // "表达" (express) weighed as a word the knowledge base lacks: declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "这个标题想表达的观点是什么";
    assert_eq!(chinese.best_id(question), Some("article-title"), "{question}");
}

#[test]
fn chinese_phrase_with_a_particle_gives_no_pairs_out_of_step() {
    // "俄罗斯主导的安全组织" (a keyword of the CSTO) made "导的" a curated word, so the pair
    // across "主导" and "的" weighed for the CSTO: the forces it leads read as the EAEU.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "俄罗斯主导的快速反应部队有什么名字？";
    assert_eq!(chinese.best_id(question), Some("collective-rapid-reaction-forces"), "{question}");
    let question = "一般认为上合组织是哪个国家主导的";
    assert_eq!(chinese.best_id(question), Some("sco"), "{question}");
}

#[test]
fn a_chinese_pair_of_a_words_end_and_the_particle_is_no_word() {
    // "式的" of "形式的" is known from a sample's "正式的": it read as a word and crowded out
    // "形式" (form) beside it, so the question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "在中亚，俄罗斯推行的是哪种形式的霸权";
    assert_eq!(chinese.best_id(question), Some("cooperative-hegemony"), "{question}");
    // "谁拍的": the verb's own character and the particle are all of the verb left.
    assert_eq!(chinese.best_id("照片是谁拍的？"), Some("photo-credit"));
}

#[test]
fn a_chinese_fact_word_between_two_known_words_is_their_seam() {
    // "价格" (price) of "评价格鲁吉亚" spans "评价" (assess) and "格鲁吉亚" (Georgia): read as a
    // price asked, a fact no entry gives, it declined the question.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "2008年梅德韦杰夫怎么评价格鲁吉亚和乌克兰接近北约？";
    assert_eq!(chinese.best_id(question), Some("medvedev-2008-nato"), "{question}");
    // A price asked is still a fact the article lacks.
    assert_eq!(chinese.best_id("中俄贸易的价格是多少"), None);
}

#[test]
fn how_important_in_chinese_asks_no_weight() {
    // "有多重要" (how important) holds the pair "多重", which alone asks a weight ("有多重",
    // how heavy): read so, it weighed against the treaty's entry, which gives none, and the
    // question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(
        chinese.best_id("《睦邻友好合作条约》对中俄关系有多重要？"),
        Some("good-neighborliness-treaty")
    );
    // A weight asked is still a fact the article lacks.
    assert_eq!(chinese.best_id("苏-35有多重？"), None);
}

#[test]
fn a_chinese_name_the_article_lacks_declines_as_a_capitalised_one_does() {
    // Chinese has no capitals: India and Taiwan read as two unknown pairs of little weight,
    // and the SCO's and Wang Yi's entries answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("印度是上海合作组织的成员国吗？"), None);
    assert_eq!(chinese.best_id("王毅在通话中对台湾问题说了什么？"), None);
    // A country the article names is still answered.
    assert_eq!(chinese.best_id("塔吉克斯坦是上合组织成员吗？"), Some("tajikistan"));
}

#[test]
fn a_chinese_word_for_misgivings_is_a_fear() {
    // "顾虑" (misgivings) was a word the knowledge base lacked.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "俄罗斯为什么对上海合作组织的扩张有所顾虑？";
    assert_eq!(chinese.best_id(question), Some("moscow-steers-sco"));
    assert_eq!(chinese.best_id("你有什么顾虑吗？"), None);
}

#[test]
fn a_curated_pair_across_a_postposition_and_the_next_word_is_no_word() {
    // "问题上合作" is "问题" (issue), "上" (on), "合作" (cooperate): "上合", the SCO's short
    // name, read there pulled the question to the SCO.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "俄美可以在哪个问题上合作？";
    assert_eq!(chinese.best_id(question), Some("jcpoa"), "{question}");
    // The SCO's short name is still the SCO (a guard).
    assert_eq!(chinese.best_id("上合是什么"), Some("sco"));
}

#[test]
fn an_official_name_is_the_full_name() {
    // "名称" (name) was a word no Chinese entry held: the Iran deal's official name was
    // declined, though its entry gives the full name (JCPOA).
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("伊核协议的正式名称是什么？"), Some("jcpoa"));
}

#[test]
fn intending_is_no_topic_and_the_thing_intended_decides() {
    // "打算" (intend) and its seam with what follows weighed more than "飞机" (plane): the
    // plane the two intend to build tied with the lunar station, whose questions say "打算".
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("中俄打算一起造什么飞机？"), Some("cr929"));
    assert_eq!(chinese.best_id("中俄打算一起建月球站吗？"), Some("lunar-station"));
}

#[test]
fn which_day_asks_a_date() {
    // "哪天" (which day) was no question word: the photo's credit, which gives no date,
    // answered on which day the photo was taken. "一天", a piece of "哪一天", held no topic.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("这张照片是哪天拍的？"), Some("photo-caption"));
    assert_eq!(chinese.best_id("普京和习近平哪天通的电话？"), Some("december-phone-call"));
    // Guard: who took it is the credit.
    assert_eq!(chinese.best_id("照片是谁拍摄的？"), Some("photo-credit"));
}

#[test]
fn the_day_a_photo_was_taken_is_its_caption() {
    // "拍摄于哪一天" was read with the piece 于哪 ("at which") as a word of its own, and the caption
    // lacked 拍摄 ("to photograph"): asked on which day the photo was taken, the bot declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    for question in ["这张照片是哪一天拍摄的", "配图拍摄于哪一天？"] {
        assert_eq!(chinese.best_id(question), Some("photo-caption"), "{question}");
    }
    // Guard: who took it is the credit.
    assert_eq!(chinese.best_id("照片是谁拍摄的？"), Some("photo-credit"));
}

#[test]
fn will_bring_is_no_topic_of_its_own() {
    // "会带来" (will bring) was read with the pair 会带, a word of another entry's sample
    // question, which outweighed the power gap: declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("中俄之间的实力差距会带来什么问题？"), Some("growing-disparity"));
}

#[test]
fn very_soon_is_soon() {
    // "很快" asks when, as "近期" does: whether a détente comes soon is the standfirst's
    // "unlikely to happen any time soon" (it was declined).
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "俄美缓和很快会实现吗？"), Some("standfirst"));
}

#[test]
fn the_policy_russia_pursues_in_central_asia_is_cooperative_hegemony() {
    // "政策" (policy) alone was the containment policy's, which says nothing of Central Asia.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    for question in ["俄罗斯在中亚奉行什么政策", "俄罗斯在中亚采取什么政策？"]
    {
        assert_eq!(answered_id(&chinese, question), Some("cooperative-hegemony"), "{question}");
    }
    // Guard: the policy adopted against Russia is still the containment policy.
    assert_eq!(answered_id(&chinese, "美国对俄罗斯奉行什么政策？"), Some("containment-policy"));
}

#[test]
fn what_to_do_now_is_advice_not_what_someone_is_doing_today() {
    // "现在做什么" holds "在做什么" (is doing what), whose "在" ends "现在" (now): the author's
    // advice to Moscow and Washington was declined as asking what they are doing today.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "作者建议莫斯科和华盛顿现在做什么？";
    assert_eq!(answered_id(&chinese, question), Some("improving-communication"));
    // What someone is doing today is still beyond the article.
    assert_eq!(answered_id(&chinese, "王毅现在在做什么？"), None);
}

#[test]
fn where_to_eat_in_a_city_is_no_question_about_the_article() {
    // "上海" (Shanghai) alone found the Shanghai Cooperation Organisation.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "上海有什么好吃的？"), None);
    assert_eq!(answered_id(&matcher(), "best restaurants in shanghai?"), None);
    // The organisation named after the city is still found.
    assert_eq!(answered_id(&chinese, "上海合作组织是什么？"), Some("sco"));
}

#[test]
fn is_it_so_around_a_claim_leaves_the_claim_asked() {
    // "有人说 ... 是这样吗？" (some say ..., is it so?): the pairs of "是这样吗" and "人说"
    // weighed as words no entry has, and the seam's question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "有人说美国可以利用中俄之间的分歧，是这样吗？";
    assert_eq!(answered_id(&chinese, question), Some("seam"));
}

#[test]
fn the_author_named_in_chinese_leans_to_the_authors_view() {
    // "作者" was a function word: what policy the author thinks Russia pursues in Central Asia
    // found the US containment policy by "政策" (policy); in English, "author" found his own.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let policy = "作者认为俄罗斯在中亚推行的是什么样的政策？";
    assert_eq!(answered_id(&chinese, policy), Some("cooperative-hegemony"));
}

#[test]
fn a_view_asked_in_chinese_is_a_view_asked() {
    // "X怎么看Y" (how does X see Y) and "X对Y有什么看法" (what view does X have of Y) were read
    // as words alone: Xi on NATO's growth answered with his profile, Wang Yi on the pullout from
    // Afghanistan with the pullout; the article gives neither view.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "习近平如何看待北约扩张？"), None);
    assert_eq!(answered_id(&chinese, "王毅对美军撤出阿富汗有什么看法？"), None);
    // Views the article gives are still found.
    let lavrov = "拉夫罗夫怎么看北约东扩？";
    assert_eq!(answered_id(&chinese, lavrov), Some("lavrov-nato-root-cause"));
    assert_eq!(answered_id(&chinese, "特列宁对中俄友谊有什么看法？"), Some("trenin"));
}

#[test]
fn where_in_chinese_weighs_as_where_does_in_english() {
    // "哪里" was a function word: the Biden administration's hub entry, naming Biden, Putin and
    // the summit, answered where the summit was held, which the article never says (as in
    // English, declined).
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "拜登和普京的峰会在哪里举行？"), None);
    assert_eq!(answered_id(&matcher(), "where was the biden-putin summit held?"), None);
    // Guards: the places the article gives.
    assert_eq!(answered_id(&chinese, "金砖国家峰会在哪里举行？"), Some("brics-summit"));
    assert_eq!(answered_id(&chinese, "俄罗斯在哪里有军事基地？"), Some("russian-bases"));
}

#[test]
fn what_came_of_the_summit_is_declined_in_chinese_as_in_english() {
    // "结果是什么" (what was the result) asked what came of the summit the article awaits;
    // its entry answered with the author's forecast, as a sample question taught it.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "拜登和普京峰会的结果是什么？"), None);
    // Guard: what the summit will bring is the author's forecast.
    assert_eq!(answered_id(&chinese, "拜登和普京峰会会有什么结果？"), Some("biden-putin-summit"));
}

#[test]
fn which_two_people_and_in_the_text_are_no_topic_in_chinese() {
    // "提到了哪两位外长" (which two foreign ministers are mentioned): the pairs "了哪", "哪两",
    // "两位" and "文中" (in the text) weighed as topics, and the question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "文中提到了哪两位外长？"), Some("wang-yi"));
    assert_eq!(
        answered_id(&chinese, "文中提到了哪两位领导人通电话？"),
        Some("december-phone-call")
    );
}

#[test]
fn chinese_benefits_outweighing_drawbacks_is_the_authors_thesis() {
    // "利大于弊" was split into "大于" and an unknown "弊吗": declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "请问作者觉得中俄关系利大于弊吗？";
    assert_eq!(answered_id(&chinese, question), Some("main-argument"), "{question}");
}

#[test]
fn chinese_hearsay_names_no_topic() {
    // "听说" (I heard), "有篇" (there is a piece), "都说了" (what all it said): unknown pairs that
    // weighed the Washington Post op-ed's question down to a decline.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "听说《华盛顿邮报》有篇评论专门挑中俄关系的毛病，都说了哪些问题？";
    assert_eq!(answered_id(&chinese, question), Some("washington-post-op-ed"), "{question}");
}

#[test]
fn the_unit_of_a_chinese_date_is_no_word_with_what_follows() {
    // "年双" of "2015年双方" (in 2015 both sides) was an unknown pair that weighed the 2015
    // statement on the Belt and Road down to a decline.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "2015年双方签了什么文件？";
    assert_eq!(answered_id(&chinese, question), Some("belt-and-road"), "{question}");
}

#[test]
fn a_countrys_reaction_asked_in_chinese_is_given_only_where_the_entry_owns_it() {
    // "how did China's government respond to ...?" quoted the pandemic's challenges, whose
    // only response is Russia's.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("中国政府如何回应疫情期间俄罗斯对中国公民的种族歧视？"), None);
    // Guard: Russia's own response is the entry's.
    assert_eq!(chinese.best_id("俄罗斯如何回应疫情？"), Some("pandemic-problems"));
}

#[test]
fn chinese_so_and_for_someone_are_no_topics() {
    // "这么" (so), "对……来说" (for), and "起了……作用" (played a role) weighed as topics the
    // entries lack, and declined the question.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("为什么中亚对俄罗斯来说这么敏感？"), Some("central-asia-sphere"));
    assert!(matches!(
        chinese.best_id("美国在阿富汗的存在对中俄关系起了什么作用？"),
        Some("us-presence-glue" | "afghanistan-withdrawal")
    ));
}

#[test]
fn everyday_chinese_words_and_nicknames_find_their_entries() {
    // A nickname (习大大) and everyday words for stationing troops (驻兵) were unknown: the
    // question was declined or answered with Xi's own entry.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("习大大和普京在照片里做什么？"), Some("photo-caption"));
    assert_eq!(chinese.best_id("俄罗斯在哪些国家驻兵？"), Some("russian-bases"));
}

#[test]
fn colloquial_how_and_a_not_a_questions_are_no_topics() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "咋样" (how is it) was unknown, weighed as a topic the entries lack: declined.
    assert_eq!(answered_id(&chinese, "美俄之间的信任咋样"), Some("low-trust"));
    let read = words_read(&chinese, "俄罗斯有没有提防中国");
    for function in ["有没", "没有", "咋样"] {
        assert!(!read.iter().any(|words| words == function), "{function}: {read:?}");
    }
    assert!(read.iter().any(|words| words.contains("提防")), "{read:?}");
}

#[test]
fn chinese_at_where_is_no_topic() {
    // "在哪" (at where) weighed as a topic the photo's entry lacks: "where was the photo taken?"
    // was declined, and a question of a place the article does not give found the photo.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "照片在哪儿拍的"), Some("photo-caption"));
    let read = words_read(&chinese, "照片在哪儿拍的");
    assert!(!read.iter().any(|words| words == "在哪"), "{read:?}");
}

#[test]
fn chinese_these_specifically_and_said_are_no_topics() {
    // "具体" (specifically) and "说了" (said) weighed as topics Kerry's entry lacks (a
    // conversation test asks it after the doctrine).
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let read = words_read(&chinese, "西方对这些担忧具体说了什么");
    for function in ["这些", "具体", "说了"] {
        assert!(!read.iter().any(|words| words == function), "{function}: {read:?}");
    }
}

#[test]
fn chinese_soon_asks_the_subtitles_forecast() {
    // "最近" (soon, lately) was a word the subtitle's entry lacked: "will Russia and the US
    // make up soon?" was a did-you-mean between the subtitle and the low trust behind it.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "俄美最近会和解吗？"), Some("standfirst"));
}
