import WinnowText

/// Words of page and comment-widget chrome that recur across news sites.
///
/// These are the vocabulary of the genre (what comment widgets and news templates say),
/// not the strings of any one site; they are evidence for a state, never a rule.
enum Lexicon {
    /// Whole lines that are comment-widget controls.
    static let widget: Set<String> = [
        "reply", "replies", "share", "report", "flag", "like", "likes", "dislike", "edit", "delete",
        "permalink", "link", "link copied", "copy link", "quote", "reply with quote", "multi-quote", "upvote",
        "downvote", "vote",
        "recommend", "report abuse", "report comment", "hide replies", "show replies", "view replies",
        "load more", "load more comments", "show more", "show more comments", "see more", "more",
        "read more", "expand", "collapse", "expand full comment", "collapse full comment", "helpful", "not helpful",
        "respond", "cancel reply",
        "↑", "↓", "▲", "▼", "•", "-", "|", "·", "…", "...", "+", "0", "top", "newest", "oldest",
        "sort by", "best", "follow", "unfollow", "block", "mute", "save", "embed", "hide", "parent",
        "context", "award", "next", "prev", "star", "respect", "clap", "click to rate", "rate",
        // Social networks' buttons (Mastodon, Bluesky, Tumblr, X) under an embedded reply.
        "boost", "favourite", "favorite", "reblog", "repost", "retweet", "bookmark",
        // Labels a comment gets from the site ("Times Pick" between its date and its text).
        "times pick", "nyt pick", "editor's pick", "editors' pick", "editors pick", "staff pick", "reader pick",
        "featured comment", "pinned", "pinned comment", "top comment",
        // A reply form's buttons, in a dump that keeps them.
        "send", "submit", "post", "post reply", "post comment", "write a reply", "write a comment", "add a reply",
        "add a comment", "cancel",
        // The same controls on German, French, Spanish, Italian and Dutch sites.
        "antworten", "melden", "teilen", "gefällt mir", "répondre", "signaler", "partager", "j'aime",
        "responder", "compartir", "denunciar", "me gusta", "rispondi", "segnala", "condividi", "mi piace",
        "reageren", "delen", "ответить", "odpowiedz", "svara", "svar", "返信", "回复", "답글"
    ]
    /// How a comment section's order control opens, in the languages of `widget`.
    static let sortControls = [
        "sort by ", "sort by:", "sort:", "sorted by ", "order by ", "sortieren nach", "sortiert nach", "trier par",
        "trié par", "ordenar por", "ordina per", "sorteer op"
    ]
    /// The controls of `widget` that are one word ("reply", "j'aime"): what text browsers
    /// run together or into a name.
    static let oneWordControls = widget.filter { $0.count >= 2 && !$0.contains(" ") }
    /// What a count beside a comment counts ("12 likes", "3 Upvotes", "Rating 142").
    static let counted = ["like", "vote", "upvote", "downvote", "point", "repl", "post", "rating", "recommend", "clap"]

    /// Words that make a short line a section heading or a footer rather than content.
    static let boilerplateWords = Set.sparse(boilerplateWordList)

    private static let boilerplateWordList = [
        "popular", "trending", "related", "latest", "recommended", "newsletter", "newsletters",
        "subscribe", "subscription", "advertisement", "sponsored", "copyright", "rights", "privacy",
        "terms", "cookies", "cookie", "login", "log", "sign", "register", "ranking", "miss",
        "touch", "posts", "stories", "headlines", "more", "follow", "menu", "search", "home",
        "sections", "topics", "contact", "about", "careers", "advertise", "editions", "weather",
        "offers", "announcements", "updated", "inbox", "email", "share", "facebook", "twitter",
        "whatsapp", "print", "comments", "conversation", "discussion", "reply", "leave", "read", "watch",
        // German, French, Spanish, Italian and Dutch sites' footers and menus.
        "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "agb", "abonnieren", "startseite", "werbung",
        "anmelden", "mentions", "légales", "confidentialité", "accueil", "publicité", "connexion", "privacidad",
        "contacto", "publicidad", "suscríbete", "suscribirse", "contatti", "abbonati", "pubblicità", "privacybeleid",
        "adverteren", "abonneren"
    ]

    /// Boilerplate words that a reader's sentence uses as often ("It goes on about the
    /// budget."): in a sentence they are no sign of chrome unless they are many.
    static let everydayBoilerplateWords: Set<String> = [
        "about", "more", "read", "watch", "follow", "leave", "miss", "touch", "sign", "log", "home", "print",
        "search", "share", "reply", "contact", "email", "updated"
    ]

    /// Suffixes of author lines in "Name says:" layouts.
    static let authorSuffixes = [
        " says:", " said:", " wrote:", " says", " commented:", " writes:", " replied:",
        " said...", " said…", " says...", " wrote...",
        " schrieb:", " a écrit :", " a écrit:", " escribió:", " ha scritto:", " scrive:", " schreef:"
    ]
    /// Questions rating controls ask under a comment ("Was this helpful? Yes (3) No (1)").
    static let widgetQuestions = [
        "was this helpful", "was this review helpful", "did you find this helpful", "is this helpful"
    ]
    /// How rating controls count their votes ("29 people found this helpful").
    static let widgetTallies = ["found this helpful", "found this useful", "found this review helpful"]
    /// Badges a widget puts on a line of their own under a commenter's name; not "Staff", the
    /// byline of a list of stories ("Headline" / "Staff" / "1d").
    static let badgeLines: Set<String> = [
        "top commenter", "moderator", "subscriber", "verified", "verified commenter", "verified buyer", "top fan",
        // Forums' ranks under the poster's name (phpBB, vBulletin, XenForo, SMF).
        "member", "new member", "junior member", "full member", "senior member", "active member", "well-known member",
        "registered user", "new user", "administrator", "site admin", "super moderator", "global moderator", "banned"
    ]
    /// What forums list under a poster's name as "Key: value" ("Join Date: Jan 2010", "Posts: 1,234").
    static let profileKeys = Set.sparse([
        "join date", "joined", "member since", "registered", "posts", "messages", "location", "reputation",
        "reaction score", "points", "trophy points", "karma", "likes", "likes received", "rep power", "threads",
        "beiträge", "registriert", "registriert seit", "dabei seit", "mitglied seit", "wohnort", "inscrit le",
        "inscription", "localisation", "mensajes", "registrado", "ubicación", "messaggi", "iscritto il",
        "località", "berichten", "lid sinds", "locatie"
    ])
    /// What an age is followed by where the comment was edited ("3 hours ago edited").
    static let editMarks: Set<String> = ["edited", "bearbeitet", "modifié", "editado", "modificato", "bewerkt"]
    /// Badges comment widgets print after a name ("Goober Mod").
    static let badges = [
        "top commenter", "moderator", "mod", "admin", "staff", "verified", "subscriber", "premium", "guest", "op",
        "verified commenter", "verified buyer", "edited"
    ]
    /// Badges that are a badge only in brackets ("Goober (reader)"; "Avid Reader" is a name).
    static let bracketedBadges: Set<String> = ["member", "reader", "contributor", "supporter", "author", "writer"]
    /// Labels before the name in form-like author lines ("From: Name", "Author: Name").
    static let authorLabels: Set<String> = [
        "from", "author", "by", "posted by", "submitted by", "name", "user", "commenter", "written by"
    ]
    /// Verbs of author lines that carry more after the verb ("Name wrote on <date>:").
    static let authorVerbs = [
        "says", "said", "wrote", "writes", "commented", "replied", "posted",
        "schrieb", "schreibt", "a écrit", "écrit", "escribió", "scrive", "schreef"
    ]
    /// What a heading counts: "12 Comments", "Kommentare (5)", "Réactions".
    static let commentNouns: Set<String> = [
        "comment", "comments", "responses", "response", "replies", "reactions", "discussion",
        "kommentare", "kommentar", "commentaires", "commentaire", "réactions", "comentarios", "comentario",
        "commenti", "commento", "reacties", "reacciones", "diskussion", "beiträge", "leserkommentare",
        "комментарии", "комментариев", "komentarze", "kommentarer", "コメント", "评论", "댓글",
        "評論", "留言", "ความคิดเห็น", "komentar", "yorumlar", "σχόλια", "תגובות", "التعليقات"
    ]
    /// First words of the alt text of an author's picture.
    static let pictureWords: Set<String> = ["avatar", "avatars", "photo", "picture", "image", "profile", "userpic"]

    /// English's commonest words (`EnglishWords`), for a line's share of them.
    static let stopWords = EnglishWords.common

    /// Words that open a comment, not a name: with `stopWords`, where a name run into the
    /// comment's first line ends ("Paul45 Well said").
    static let openers: Set<String> = [
        "yes", "well", "hey", "hi", "thanks", "thank", "agreed", "sorry", "oh", "ok", "okay", "good",
        "great", "exactly", "actually", "really", "when", "wow"
    ]
    /// Lower-case words inside a name ("Cassandra from Ottawa", "Ludwig van Beethoven").
    static let nameParticles: Set<String> = [
        "from", "in", "of", "de", "van", "von", "the", "to", "da", "di", "du", "le", "la", "at", "on"
    ]

    /// Words a sentence does not end with: a teaser cut at a length stops on them.
    static let unfinished: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "into", "about", "over", "under", "between", "as", "than", "that", "which", "who", "whose",
        "when", "where", "while", "if", "because", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "should", "their", "his", "her", "its", "our",
        "your", "my", "this", "these", "those", "not"
    ]

    static let months = Set.sparse(monthNames)

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
        // German, French, Spanish, Italian, Dutch and Portuguese names that no English word spells.
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
        "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
        "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
        "ottobre", "dicembre", "januari", "februari", "maart", "mei", "augustus", "janeiro", "fevereiro",
        "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro"
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun"
    ]

    static let timeUnits: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
        "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
        "s", "m", "h", "d", "w", "y", "wk", "wks", "mo", "mos",
        // "vor 3 Stunden", "il y a 2 heures", "hace 3 horas", "2 ore fa", "3 uur geleden".
        "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat",
        "monaten", "jahr", "jahren", "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine",
        "semaines", "mois", "an", "ans", "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día",
        "días", "dia", "dias", "semana", "semanas", "mes", "meses", "año", "años", "ano", "anos", "secondi",
        "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni",
        "uur", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar",
        // "3 часа назад", "2 godziny temu", "för 2 timmar sedan", "for 2 timer siden".
        "секунд", "секунды", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней",
        "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет", "sekund",
        "minutę", "minuty", "godzinę", "godziny", "godzin", "dzień", "dni", "tydzień", "tygodnie",
        "tygodni", "miesiąc", "miesiące", "miesięcy", "rok", "lata", "sekunder", "minuter", "timme",
        "timmar", "dagar", "vecka", "veckor", "månad", "månader", "år", "timer", "time", "dage", "uge",
        "uger", "måned", "måneder"
    ]
    /// Words before an age ("vor 3 Stunden", "hace 3 horas", "há 2 horas") or after one
    /// ("2 ore fa", "3 uur geleden"), as English puts "ago" after it.
    static let agoBefore: Set<String> = ["vor", "hace", "há", "ha"]
    static let agoAfter: Set<String> = ["ago", "fa", "geleden", "sedan", "siden", "назад", "temu"]
    /// Chinese, Japanese and Korean ages are one word ("3時間前", "2天前") or two ("3시간 전"):
    /// the units before "前" or "전".
    static let eastAsianUnits: Set<String> = [
        "秒", "分", "分钟", "時間", "小时", "小時", "日", "天", "週間", "周", "か月", "ヶ月", "个月", "年",
        "초", "분", "시간", "일", "주", "개월", "년"
    ]
    /// "yesterday" and "today" on German, French, Spanish, Italian, Portuguese and Dutch sites.
    static let days: Set<String> = [
        "yesterday", "today", "gestern", "heute", "hier", "aujourd'hui", "ayer", "hoy", "ieri", "oggi", "ontem",
        "hoje", "gisteren", "vandaag"
    ]
}
