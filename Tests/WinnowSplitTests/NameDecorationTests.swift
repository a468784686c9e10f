import Testing

@testable import WinnowSplit

/// A page's own decoration around its authors' names, learnt from the names themselves.
@Suite struct NameDecorationTests {
    @Test(arguments: [
        (["Goober +12", "Michele K +3", "Sea to the Dea +40"], ["Goober", "Michele K", "Sea to the Dea"]),
        (["№1 Goober", "№2 Michele K", "№3 Sea to the Dea"], ["Goober", "Michele K", "Sea to the Dea"]),
        (
            ["Goober ^12 ~", "Michele K ^3 ~", "windswept ^40 ~", "Sea to the Dea"],
            ["Goober", "Michele K", "windswept", "Sea to the Dea"]
        ),
        (
            ["G Reid Brown (not verified)", "MHawke (not verified)", "gadabout1 (not verified)"],
            ["G Reid Brown", "MHawke", "gadabout1"]
        )
    ])
    func aDecorationMostNamesCarryIsDropped(_ names: [String], _ expected: [String]) {
        let decoration = NameDecoration(names: names)
        #expect(names.map(decoration.strip) == expected)
    }

    /// Words are a name's own, however many names share their shape; a decoration on one
    /// name in three, or on a page of two names, is left alone.
    @Test(arguments: [
        ["G Reid Brown", "Michele K", "Sea to the Dea"], ["Sheep #5491", "Goober", "Michele K"],
        ["Goober +12", "Michele K +3"], ["Paul45", "MISER12", "gadabout1"],
        ["Tom K.", "Jane D.", "Mary S.", "Bob T."], ["Sean O'Brien", "Mary O’Neil", "Tom D'Arcy", "Al Smith"],
        ["Mary-Ann Lee", "Jean-Luc Roy", "Anne-Marie Fox", "Bob Smith"], ["jo12 Smith", "al99 Roy", "bob7 Fox"],
        ["D'Angelo Russell", "D'Arcy Fox", "O'Hara Lee"]
    ])
    func namesWithoutASharedDecorationStayWhole(_ names: [String]) {
        let decoration = NameDecoration(names: names)
        #expect(names.map(decoration.strip) == names)
    }
}
