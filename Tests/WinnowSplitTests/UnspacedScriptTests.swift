import Testing
@testable import WinnowSplit

/// Chinese, Japanese and Thai pages, whose prose has no spaces between words: a sentence is
/// not a name for being one "word" long.
@Suite struct UnspacedScriptTests {
    static let japanese = """
        フェリー運賃、5月に値上げ

        港湾フェリーは5月1日から運賃を10%引き上げると、交通委員会が月曜日に発表した。燃料費の高騰が理由だという。

        コメント

        山田太郎

        毎日通勤する人には10%は大きいです。

        佐藤

        これを擁護するのは馬鹿だけだ。
        """

    static let chinese = """
        渡轮票价五月上涨

        港口渡轮将从五月一日起将票价提高百分之十，交通委员会周一宣布。委员会表示，燃料成本上涨是主要原因。

        评论

        王小明

        每天通勤的人来说百分之十太多了。

        李华

        只有白痴才会为此辩护。
        """

    /// Thai: spaces between phrases, none between words, no full stop.
    static let thai = """
        ค่าโดยสารเรือข้ามฟากขึ้นราคาในเดือนพฤษภาคม

        เรือข้ามฟากจะขึ้นค่าโดยสารร้อยละสิบตั้งแต่วันที่ 1 พฤษภาคม คณะกรรมการคมนาคมประกาศเมื่อวันจันทร์ โดยระบุว่าต้นทุนน้ำมันที่สูงขึ้นเป็นสาเหตุหลัก

        ความคิดเห็น

        สมชาย

        ร้อยละสิบเป็นเงินมากสำหรับคนที่เดินทางทุกวันครับ

        มานี ใจดี

        มีแต่คนโง่เท่านั้นที่จะปกป้องเรื่องนี้
        """

    @Test(arguments: [
        (japanese, "フェリー運賃、5月に値上げ", ["山田太郎", "佐藤"]), (chinese, "渡轮票价五月上涨", ["王小明", "李华"]),
        (thai, "ค่าโดยสารเรือข้ามฟากขึ้นราคาในเดือนพฤษภาคม", ["สมชาย", "มานี ใจดี"])
    ])
    func aPageWithoutSpacesSplitsIntoItsArticleAndComments(_ text: String, _ title: String, _ authors: [String]) {
        let page = Splitter().split(text, source: "p.txt")
        #expect(page.title == title)
        #expect(page.comments.map(\.author) == authors)
        #expect(page.article.hasPrefix(text.split(separator: "\n")[1]))
    }

    @Test(arguments: [
        ("毎日通勤する人には10%は大きいです。", false), ("山田太郎", true), ("只有白痴才会为此辩护。", false), ("王小明", true),
        ("มีแต่คนโง่เท่านั้นที่จะปกป้องเรื่องนี้", false), ("มานี ใจดี", true),
        ("ကျွန်ုပ်တို့၏မြို့တော်တွင်ကူးတို့ခရီးစရိတ်မြင့်တက်လာသည်။", false)
    ])
    func aSentenceIsNoNameForBeingUnspaced(_ line: String, _ name: Bool) {
        #expect(LineFeatures(text: line, indent: 0).nameShaped == name)
    }
}
