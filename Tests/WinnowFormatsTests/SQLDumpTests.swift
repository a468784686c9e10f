import Foundation
import Testing
@testable import WinnowFormats

/// Dumps of a site's database in the dialects tools write them.
enum Dumps {
    /// mysqldump: names in backquotes, backslash escapes, inserts without column names, a
    /// log table with a `message` but no author before the comments.
    static let mysqldump = #"""
        -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
        /*!40101 SET NAMES utf8mb4 */;
        CREATE TABLE `wp_actionscheduler_logs` (
          `log_id` bigint unsigned NOT NULL AUTO_INCREMENT,
          `message` text NOT NULL,
          PRIMARY KEY (`log_id`)
        ) ENGINE=InnoDB;
        INSERT INTO `wp_actionscheduler_logs` VALUES (1,'action created'),(2,'action complete; via WP Cron');
        CREATE TABLE `wp_comments` (
          `comment_ID` bigint unsigned NOT NULL AUTO_INCREMENT,
          `comment_post_ID` bigint unsigned NOT NULL DEFAULT '0',
          `comment_author` tinytext NOT NULL,
          `comment_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
          `comment_content` text NOT NULL,
          `comment_approved` varchar(20) NOT NULL DEFAULT '1',
          `comment_type` varchar(20) NOT NULL DEFAULT 'comment',
          `comment_parent` bigint unsigned NOT NULL DEFAULT '0',
          PRIMARY KEY (`comment_ID`),
          KEY `comment_approved_date_gmt` (`comment_approved`,`comment_date`)
        ) ENGINE=InnoDB;
        LOCK TABLES `wp_comments` WRITE;
        INSERT INTO `wp_comments` VALUES (1,12,'Marta K','2024-05-01 10:00:00','Isn\'t it a lot; for commuters?\r\nSecond line.','1','comment',0),(2,12,'Rob','2024-05-01 11:00:00','Only an idiot would \"defend\" this.','0','comment',1),(3,12,'Blog','2024-05-01 12:00:00','[&#8230;] linked','1','pingback',0);
        UNLOCK TABLES;
        """#

    /// phpMyAdmin: a column list, rows on lines of their own, standard SQL mode settings.
    static let phpMyAdmin = """
        -- phpMyAdmin SQL Dump
        SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
        START TRANSACTION;
        INSERT INTO `wp_comments` (`comment_ID`, `comment_author`, `comment_content`, `comment_approved`) VALUES
        (7, 'Pat', 'Who pays for the staff?', 'spam'),
        (8, 'Ines', 'The night buses\\nare the only way home.', '1');
        COMMIT;
        """

    /// pg_dump: a `COPY ... FROM stdin` block, tabs between values, `\\N` for NULL.
    static let pgDump = """
        --
        -- PostgreSQL database dump
        --
        SET client_encoding = 'UTF8';
        CREATE TABLE public.comments (
            id integer NOT NULL,
            "commenterHex" text,
            markdown text NOT NULL,
            "parentHex" text
        );
        COPY public.comments (id, "commenterHex", markdown, "parentHex") FROM stdin;
        1\tab12\tGreat news for students.\\nReally.\troot
        2\tcd34\tNobody cares, you fool.\t1
        3\t\\N\tIt's a tab:\\there\t\\N
        \\.
        """

    /// sqlite3's `.dump`: line breaks written with replace() and char(), quotes doubled.
    static let sqlite = """
        PRAGMA foreign_keys=OFF;
        BEGIN TRANSACTION;
        CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER, text VARCHAR, author VARCHAR, voters BLOB NOT NULL);
        INSERT INTO comments VALUES(1,1,NULL,replace('First line\\nit''s here','\\n',char(10)),'Jules',X'00');
        INSERT INTO "comments" VALUES(1,2,1,'Back\\slash kept','Walt',X'00');
        COMMIT;
        """
}

extension Dumps {
    /// Drupal's comments: the text in one table by `entity_id`, the author, parent and thread
    /// in another by `cid`, in either order; a table of users has names and ids too.
    static let drupalBodies = """
        CREATE TABLE `comment__comment_body` (`bundle` varchar(128), `entity_id` int, `delta` int, `comment_body_value` longtext);
        INSERT INTO `comment__comment_body` VALUES ('comment',1,0,'<p>Ten percent.</p>'),('comment',2,0,'<p>No.</p>');
        """
    static let drupalHeaders = """
        CREATE TABLE `comment_field_data` (`cid` int, `pid` int, `entity_id` int, `uid` int, `name` varchar(60), `created` int);
        INSERT INTO `comment_field_data` VALUES (1,NULL,7,3,'Marta K',1714551000),(2,1,7,4,'Rob',1714552000),(3,NULL,7,5,'Ann',1714553000);
        CREATE TABLE `users_field_data` (`uid` int, `name` varchar(60), `created` int);
        INSERT INTO `users_field_data` VALUES (3,'Marta K',1700000000);
        """
}

@Suite struct SQLDumpTests {
    func comments(_ dump: String, _ path: String = "site.sql") throws -> [ExportedComment] {
        let file = try ExportFile(path: path, bytes: Array(dump.utf8))
        #expect(file.format == .sql)
        return try #require(try file.comments())
    }

    @Test func aMySQLDumpGivesTheCommentsTableAndPassesOverLogsAndPingbacks() throws {
        let c = try comments(Dumps.mysqldump)
        #expect(c.map(\.id) == ["1", "2"])
        #expect(c.map(\.author) == ["Marta K", "Rob"])
        #expect(c[0].text == "Isn't it a lot; for commuters?\r\nSecond line.")
        #expect(c[1].text == "Only an idiot would \"defend\" this.")
        #expect(c.map(\.status) == ["approved", "pending"])
        #expect(c[1].parent == "1" && c[0].parent == "")
        #expect(c[0].thread == "12" && c[0].created == "2024-05-01 10:00:00")
    }

    @Test(
        arguments: [
            (Dumps.phpMyAdmin, ["Pat", "Ines"], ["Who pays for the staff?", "The night buses\nare the only way home."]),
            (
                Dumps.pgDump, ["ab12", "cd34", ""],
                ["Great news for students.\nReally.", "Nobody cares, you fool.", "It's a tab:\there"]
            ),
            (Dumps.sqlite, ["Jules", "Walt"], ["First line\nit's here", "Back\\slash kept"])
        ])
    func eachDialectsRowsAreRead(_ dump: String, _ authors: [String], _ texts: [String]) throws {
        let c = try comments(dump)
        #expect(c.map(\.author) == authors)
        #expect(c.map(\.text) == texts)
    }

    /// A comment whose text never came (Ann's) is left out; the users are not comments.
    @Test(arguments: [Dumps.drupalBodies + "\n" + Dumps.drupalHeaders, Dumps.drupalHeaders + "\n" + Dumps.drupalBodies])
    func aCMSsCommentsKeptInTwoTablesAreJoinedByTheirId(_ dump: String) throws {
        let c = try comments("-- MySQL dump\n" + dump)
        #expect(
            c.map { [$0.id, $0.author, $0.text, $0.parent, $0.thread] } == [
                ["1", "Marta K", "Ten percent.", "", "7"], ["2", "Rob", "No.", "1", "7"]
            ])
    }

    /// mysqldump lists `wp_posts` after `wp_comments`: the posts are read first, in a pass
    /// of their own; a revision is no article.
    @Test func aWordPressDumpsCommentsTakeTheirPostsTitleAndText() throws {
        let posts = #"""
            CREATE TABLE `wp_posts` (`ID` bigint, `post_content` longtext, `post_title` text, `post_type` varchar(20));
            INSERT INTO `wp_posts` VALUES (12,'<p>Fares rise 10% in May.</p>','Ferry fares to rise','post'),(13,'<p>Old draft.</p>','Draft','revision');
            """#
        let c = try comments(Dumps.mysqldump + "\n" + posts)
        #expect(c.map(\.title) == ["Ferry fares to rise", "Ferry fares to rise"])
        #expect(c.map(\.article) == ["Fares rise 10% in May.", "Fares rise 10% in May."])
        let revision = posts.replacingOccurrences(of: "(12,", with: "(14,").replacingOccurrences(
            of: "(13,", with: "(12,")
        #expect(try comments(Dumps.mysqldump + "\n" + revision).allSatisfy { $0.title.isEmpty && $0.article == nil })
    }

    @Test func aDumpWithoutACommentsTableNamesTheTablesItPassedOver() throws {
        let logs =
            String(Dumps.mysqldump.prefix { $0 != "\n" }) + "\n"
            + Dumps.mysqldump.components(separatedBy: "\n")[1...7].joined(separator: "\n")
        #expect(
            throws: FormatError.noCommentTable(path: "logs.sql", tables: ["wp_actionscheduler_logs(log_id, message)"])
        ) {
            _ = try ExportFile(path: "logs.sql", bytes: Array(logs.utf8)).comments()
        }
        var fields = CommentFields()
        fields.text = "message"
        let named = try #require(try ExportFile(path: "logs.sql", bytes: Array(logs.utf8)).comments(fields: fields))
        #expect(named.map(\.text) == ["action created", "action complete; via WP Cron"])
    }

    @Test func aBrokenStatementIsNamedWithItsLineAndColumn() {
        let cut =
            "CREATE TABLE c (id int, text text, author text);\nINSERT INTO c VALUES (1, 'ok', 'a'),\n(2 'x', 'b');\n"
        #expect(
            throws: FormatError.malformed(
                path: "c.sql", line: 3, detail: "column 4: expected \",\" or \")\" after a value")
        ) {
            _ = try ExportFile(path: "c.sql", bytes: Array(cut.utf8)).comments()
        }
        let open = "CREATE TABLE c (id int, text text, author text);\nINSERT INTO c VALUES (1, 'a', 'never closed);\n"
        #expect(
            throws: FormatError.malformed(
                path: "c.sql", line: 2, detail: "column 31: a string opened here and never closed")
        ) {
            _ = try ExportFile(path: "c.sql", bytes: Array(open.utf8)).comments()
        }
        let short = "CREATE TABLE c (id int, text text, author text);\nINSERT INTO c VALUES (1, 'two values');\n"
        #expect(
            throws: FormatError.malformed(
                path: "c.sql", line: 2, detail: "a row of 2 values for 3 columns (id, text, author)")
        ) {
            _ = try ExportFile(path: "c.sql", bytes: Array(short.utf8)).comments()
        }
    }

    @Test(
        arguments: [
            ("Set in 1920s Paris, the novel follows two sisters.\nIt was a hit.\n", InputFormat.page),
            ("-- notes\nINSERT INTO is how you add rows, the tutorial says.\n", .page),
            ("-- dump\n\nCREATE TABLE t (a int);\n", .sql),
            ("/* header\n more */\nINSERT INTO t VALUES (1);\n", .sql)
        ])
    func aDumpIsToldFromAPageThatMentionsSQL(_ text: String, _ format: InputFormat) {
        #expect(FormatSniffer.sniff(text, path: "x.txt") == format)
    }

    /// A dump cut anywhere, or with quotes and separators thrown in, is read or refused
    /// with an error; never a crash.
    @Test func randomCutsOfDumpsNeverCrash() {
        var rng = SystemRandomNumberGenerator()
        for dump in [Dumps.mysqldump, Dumps.phpMyAdmin, Dumps.pgDump, Dumps.sqlite] {
            for _ in 0..<500 {
                let bytes = randomCut(dump, replacingWith: "'\"`();,\\\n\t-/*|", upTo: 4, using: &rng)
                _ = try? ExportFile(path: "f.sql", bytes: bytes, forced: .sql).comments()
            }
        }
    }
}
