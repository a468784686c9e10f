import Foundation
import Testing
@testable import WinnowFormats

/// Spreadsheets written as markup: an HTML table in a file named `.xls` (sites' "export to
/// Excel"), a page saved from a spreadsheet, XML Spreadsheet 2003.
@Suite struct MarkupSheetTests {
    /// A PHP admin page's export: capitals, closing tags left out, a header of `<th>`, a
    /// `colspan`, `<br>`, entities, markup inside cells, a script, a nested table.
    static let export = """
        <html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">
        <script>var t = "<table><tr><td>no</td></tr></table>";</script></head><body>
        <TABLE border=1><TR><TH>id<TH>Author<TH>Comment
        <TR><TD>17<TD><b>Ann</b><TD>You are   an <i>idiot</i>,<br>truly &amp; &quot;really&quot;
        <tr><td colspan="2">merged</td><td>second<table><tr><td>inner</td></tr></table></td></tr>
        <tr><td>19</td><td></td><td>  spaced
            over lines </td></tr></TABLE></body></html>
        """

    @Test func aTableExportIsReadCellByCell() throws {
        let rows = try #require(HTMLTable.rows(Array(Self.export.utf8), mostOfThePage: true))
        #expect(
            rows == [
                ["id", "Author", "Comment"], ["17", "Ann", "You are an idiot,\ntruly & \"really\""],
                ["merged", "", "second"], ["19", "", "spaced over lines"]
            ])
    }

    /// The table that holds most of the text is read, not a layout table before it; an
    /// article with a small table is no table of comments unless named as a spreadsheet.
    @Test(arguments: [(true, false), (false, true)])
    func anArticlesSmallTableIsReadOnlyFromASpreadsheetsName(_ mostOfThePage: Bool, _ read: Bool) {
        let article = String(repeating: "<p>The council met on Tuesday to vote on the ferry fares.</p>", count: 20)
        let page =
            "<html><body><table><tr><td>Home</td><td>News</td></tr><tr><td>a</td><td>b</td></tr></table>"
            + article
            + "<table><tr><td>fare</td><td>price</td></tr><tr><td>adult</td><td>$5</td></tr></table></body></html>"
        let rows = HTMLTable.rows(Array(page.utf8), mostOfThePage: mostOfThePage)
        #expect((rows != nil) == read)
        if read { #expect(rows == [["fare", "price"], ["adult", "$5"]]) }
    }

    @Test(arguments: ["", "<p>no table</p>", "<table><tr><td>one row</td><td>x</td></tr></table>"])
    func pagesWithoutATableOfRowsGiveNone(_ page: String) {
        #expect(HTMLTable.rows(Array(page.utf8), mostOfThePage: false) == nil)
    }

    /// Excel's unprefixed elements and another writer's prefixed ones; rows and cells placed
    /// by `ss:Index`, a merged cell, rich text, a line break entity, a second sheet ignored.
    @Test(arguments: ["", "ss:"])
    func anXMLSpreadsheetIsReadCellByCell(_ p: String) {
        let xml = """
            <?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
            <\(p)Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <\(p)Styles><\(p)Style ss:ID="s1"/></\(p)Styles><\(p)Worksheet ss:Name="Comments"><\(p)Table ss:ExpandedColumnCount="4">
            <\(p)Row><\(p)Cell><\(p)Data ss:Type="String">id</\(p)Data></\(p)Cell><\(p)Cell><\(p)Data ss:Type="String">text</\(p)Data></\(p)Cell></\(p)Row>
            <\(p)Row><\(p)Cell><\(p)Data ss:Type="Number">42</\(p)Data></\(p)Cell><\(p)Cell ss:Index="3"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Bold</B> move&#10;next line</ss:Data></\(p)Cell></\(p)Row>
            <\(p)Row ss:Index="4"><\(p)Cell ss:MergeAcross="1"><\(p)Data ss:Type="String">wide</\(p)Data></\(p)Cell><\(p)Cell><\(p)Data ss:Type="String">a &lt; b</\(p)Data></\(p)Cell></\(p)Row>
            <\(p)Row/></\(p)Table></\(p)Worksheet><\(p)Worksheet ss:Name="Other"><\(p)Table><\(p)Row><\(p)Cell><\(p)Data ss:Type="String">no</\(p)Data></\(p)Cell></\(p)Row></\(p)Table></\(p)Worksheet></\(p)Workbook>
            """
        #expect(SpreadsheetXML.isSpreadsheet(Array(xml.utf8)))
        #expect(
            SpreadsheetXML.rows(Array(xml.utf8)) == [
                ["id", "text"], ["42", "", "Bold move\nnext line"], [], ["wide", "", "a < b"], []
            ])
    }

    /// Cut and overwritten markup: rows or nothing, never a crash.
    @Test func damagedMarkupSheetsNeverCrash() {
        var rng = SystemRandomNumberGenerator()
        let rounds = max(300, (Int(ProcessInfo.processInfo.environment["WINNOW_FUZZ_ROUNDS"] ?? "") ?? 0) / 200)
        for _ in 0..<rounds {
            let html = randomCut(Self.export, replacingWith: "<>/=\"'& tdrhTD", upTo: 6, using: &rng)
            _ = HTMLTable.rows(html, mostOfThePage: Bool.random(using: &rng))
            let xml = randomCut(
                #"<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row ss:Index="2"><Cell ss:Index="3" ss:MergeAcross="2"><Data>x &amp; y</Data></Cell></Row></Table></Worksheet></Workbook>"#,
                replacingWith: "<>/=\"& 0123456789", upTo: 6, using: &rng)
            _ = SpreadsheetXML.rows(xml)
        }
    }
}
