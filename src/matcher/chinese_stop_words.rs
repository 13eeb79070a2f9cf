//! Chinese function words: data, kept apart from the code that uses it, as the other
//! languages' are in `stop_words`.

/// Chinese function words, as the two-character pieces questions are read in: question words,
/// particles and the words every question about "this article" has. (Not "作者", the author: a
/// term, as "author" is in English, which leans "作者认为……" to the author's own view.)
pub(super) const CHINESE_STOP_WORDS: &[&str] = &[
    "什么", "怎么", "怎样", "如何", "为什", "哪些", "哪个", "是否", "是不", "不是", "一个", "这个",
    "那个", "这篇", "文章", "吗", "呢", "的", "了", "是", "在", "和", "与", "有", "说", "请问",
    "一下", "么样", "是什", "可以", "能否", "认为", "提到", "里面", "中的", "他们", "我们", "你们",
    "之间", "的是", "了吗", "是谁",
    // "Is which", which year, which person, which day: question words whose pairs hold no
    // topic.
    "是哪", "哪年", "哪位", "一天", "哪天",
    // "Mentioned which" and two or a few of people ("提到了哪两位外长": which two foreign
    // ministers are mentioned), and "in the text": no topic. (Not "哪两", which two: "哪两个要点"
    // asks the two main points.)
    "了哪", "两位", "几位", "文中",
    // At which ("拍摄于哪一天": taken on which day).
    "于哪",
    // Will bring ("会带来什么问题"): the pair 会带 straddles "will" and "bring" (带来).
    "会带",
    // Asking politely or casually, which changes nothing asked ("请你跟我讲讲", "我很好奇").
    "请你", "你能", "能不", "不能", "跟我", "我讲", "讲讲", "讲一", "说说", "聊聊", "告诉", "诉我",
    "介绍", "绍一", "解释", "释一", "简单", "一直", "好奇", "到底", "麻烦", "知道", "想知", "我想",
    "我很", "很好", "下吗", "吧", "啊", "呀",
    // "意味着什么" asks what something means, as "mean" does in English.
    "意味", "味着",
    // Degree words ("特别敏感", "非常重要"), as "especially" and "very" in English.
    "特别", "尤其", "非常",
    // Colloquial "what" ("签了啥") and the pairs it makes with a particle; "面有", the seam of
    // "方面有什么" (in the area of, what is there).
    "啥", "了啥", "是啥", "有啥", "面有",
    // Hedges, as "anyway", "honestly", "maybe" in English ("说实话", "反正", "也许").
    "其实", "反正", "说实", "实话", "也许", "大概", "嘛",
    // How commonly something is held ("通常被看作", "普遍被视为"), as "generally regarded as":
    // what is held is the topic.
    "通常", "常被", "被看", "看作", "被视", "视为", "普遍", "遍被",
    // Respectively and some ("分别是谁", "有些人"), as "each" and "some" in English.
    "分别", "有些",
    // Expressing, as saying ("标题想表达什么"): whose words, not what about.
    "表达", "想表",
    // Intending ("打算一起造什么"), as "going to" in English: what is intended is the topic;
    // "算一", the seam of "打算一起".
    "打算", "算一",
    // "是这样吗" (is it so?) and "有人说" (some say) around a claim checked: the claim is the
    // topic, as "is it true that" in English.
    "是这", "这样", "样吗", "人说",
    // "So" ("这么敏感", "那么重要") and "for" ("对俄罗斯来说", to Russia), with the seam "说这":
    // degree and frame, as "so" and "for" in English.
    "这么", "那么", "来说", "说这", "说那",
    // "Played" of "played what role" ("起了什么作用"): the role is asked, as in English.
    "起了", "起到",
    // Hearsay ("听说……", heard that; "有篇评论", there is a piece; "都说了", what all it said),
    // as "I heard" in English: what was heard is the topic.
    "听说", "有篇", "都说",
    // Asking yes or no by "A not A" ("有没有", is there or not; "要不要", "该不该"), as
    // "whether" in English; colloquial "how" and "why" ("咋样", "为啥", "干啥") and chat
    // particles ("呗", "啦", "哦"): no topic. (Not "会不会", will or won't: sample questions
    // of what cannot be undone ask it, and its "不会" is read with them.)
    "有没", "没有", "要不", "该不", "不该", "咋样", "咋", "为啥", "干啥", "啥样", "呗", "啦", "哦",
    // "At where" ("在哪儿拍的", "是在哪个城市"), as "where" in English: the place is asked, read
    // from the question word; the pair names no topic.
    "在哪",
    // "These" and "those" ("对这些担忧"), "specifically" ("具体说了什么") and "said" with its
    // particle ("说了"), as in English: what they point at or report is the topic.
    "这些", "那些", "具体", "说了",
];
