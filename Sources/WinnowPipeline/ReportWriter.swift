/// `winnow report`: one self-contained HTML page (no network) summarising a verdict CSV:
/// counts, score histograms, the most flagged pages and authors, and a sortable,
/// filterable table of comments with reasons and, when given, the moderators' decisions.
public enum ReportWriter {
    public static func html(_ table: VerdictTable, decisions: [String: String] = [:], title: String) -> String {
        let rows = table.rows
        var counts: [String: Int] = [:]
        for r in rows { counts[r.verdict, default: 0] += 1 }
        var out = head(title)
        out += "<h1>\(escape(title))</h1>\n<p class=summary>"
        out += ["approve", "review", "reject"].map { "<span class=\($0)>\($0): \(counts[$0] ?? 0)</span>" }.joined(
            separator: " ")
        out += " <span>comments: \(rows.count)</span>"
        if !decisions.isEmpty { out += " <span>moderator decisions: \(decisions.count)</span>" }
        out += "</p>\n<div class=charts>"
        for (k, label) in table.columns.labels.enumerated() {
            let values = rows.map { $0.scores[k] }.filter { !$0.isNaN }
            if !values.isEmpty { out += histogram(label == .offtopic ? "off-topic" : label.rawValue, values) }
        }
        out += "</div>\n<div class=tops>"
        out += top("Most flagged pages", rows.filter(\.flagged).map(\.source))
        out += top("Most flagged authors", rows.filter(\.flagged).map(\.author))
        out += "</div>\n" + commentTable(shown(rows, decisions), of: rows.count, table.columns, decisions)
        out += script + "</body></html>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func head(_ title: String) -> String {
        """
        <!doctype html><html lang=en><head><meta charset=utf-8><title>\(escape(title))</title>
        <style>
        body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
        .summary span{margin-right:1.2em;font-weight:600}.approve{color:#2a7}.review{color:#c80}.reject{color:#c33}
        .charts,.tops{display:flex;gap:2em;flex-wrap:wrap;margin:1em 0}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
        th{cursor:pointer;background:#f4f4f4;position:sticky;top:0}td.text{max-width:40em;white-space:pre-wrap}
        .overruled{background:#fff3d6}
        </style></head><body>

        """
    }

    static func histogram(_ name: String, _ values: [Double]) -> String {
        var bins = [Int](repeating: 0, count: 10)
        for v in values { bins[min(9, max(0, Int(v * 10)))] += 1 }
        let top = max(bins.max() ?? 1, 1)
        var svg = "<figure><figcaption>\(escape(name)) score</figcaption><svg width=260 height=120 role=img>"
        for (i, n) in bins.enumerated() {
            let h = Int(Double(n) / Double(top) * 100)
            svg +=
                "<rect x=\(i * 26) y=\(100 - h) width=22 height=\(h) fill=#58a><title>\(Double(i) / 10)–\(Double(i + 1) / 10): \(n)</title></rect>"
        }
        return svg + "<text x=0 y=115 font-size=10>0</text><text x=245 y=115 font-size=10>1</text></svg></figure>"
    }

    static func top(_ caption: String, _ names: [String]) -> String {
        var counts: [String: Int] = [:]
        for n in names where !n.isEmpty { counts[n, default: 0] += 1 }
        let best = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10)
        return "<div><h2>\(escape(caption))</h2><ol>"
            + best.map { "<li>\(escape($0.key)) (\($0.value))</li>" }.joined() + "</ol></div>"
    }

    /// Approved comments the table shows at most, drawn at random (the same draw each
    /// time): every flagged or decided comment is shown, and the counts and histograms
    /// cover all, so a report of 200,000 verdicts stays a page a browser opens at once.
    public static let approvedSample = 2_000

    static func shown(_ rows: [VerdictTable.Row], _ decisions: [String: String]) -> [VerdictTable.Row] {
        let kept = rows.filter { $0.flagged || decisions[$0.key] != nil }
        let approved = rows.filter { !$0.flagged && decisions[$0.key] == nil }
        let sample =
            approved.count <= approvedSample
            ? approved
            : Array(approved.sorted { $0.auditRank < $1.auditRank }.prefix(approvedSample))
        return kept + sample
    }

    static func commentTable(
        _ rows: [VerdictTable.Row], of total: Int, _ columns: VerdictColumns, _ decisions: [String: String]
    ) -> String {
        let approved = rows.count { !$0.flagged }
        var s = "<p>Showing \(rows.count) of \(total) comments"
        if rows.count < total { s += ": every flagged or decided one, and \(approved) approved ones drawn at random" }
        s += ".</p>\n"
        s += """
            <p><input id=filter placeholder="filter text, author, reasons" size=40>
            <select id=verdict><option value="">all verdicts</option><option>approve</option><option>review</option><option>reject</option></select></p>
            <table id=comments><thead><tr><th>source</th><th>id</th><th>author</th><th>verdict</th>
            """
        if !decisions.isEmpty { s += "<th>moderator</th>" }
        s += columns.labels.map { "<th>\($0 == .offtopic ? "off-topic" : escape($0.rawValue))</th>" }.joined()
        s += "<th>reasons</th><th>comment</th></tr></thead><tbody>\n"
        for r in rows.sorted(by: { $0.topScore > $1.topScore }) {
            let decision = decisions[r.key]
            let overruled = decision.map { ($0 == "ok") == r.flagged } ?? false
            s += "<tr class=\"\(r.verdict)\(overruled ? " overruled" : "")\" data-verdict=\(r.verdict)>"
            s += "<td>\(escape(r.source))</td><td>\(escape(r.id))</td><td>\(escape(r.author))</td><td>\(r.verdict)</td>"
            if !decisions.isEmpty { s += "<td>\(escape(decision ?? ""))</td>" }
            s += r.scores.map { "<td>\(ScoredComment.cell($0))</td>" }.joined()
            s += "<td>\(escape(r.reasons))</td><td class=text>\(escape(r.text))</td></tr>\n"
        }
        return s + "</tbody></table>\n"
    }

    static let script = """
        <script>
        const body = document.querySelector('#comments tbody');
        function apply() {
          const q = document.getElementById('filter').value.toLowerCase(), v = document.getElementById('verdict').value;
          for (const tr of body.rows) tr.hidden = (v && tr.dataset.verdict !== v) || !tr.textContent.toLowerCase().includes(q);
        }
        document.getElementById('filter').addEventListener('input', apply);
        document.getElementById('verdict').addEventListener('change', apply);
        document.querySelectorAll('#comments th').forEach((th, i) => th.addEventListener('click', () => {
          const rows = [...body.rows], numeric = rows.every(r => !isNaN(parseFloat(r.cells[i].textContent)));
          const dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
          rows.sort((a, b) => { const x = a.cells[i].textContent, y = b.cells[i].textContent;
            return dir * (numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y)); });
          rows.forEach(r => body.appendChild(r));
        }));
        </script>

        """
}
