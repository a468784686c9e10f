/// A JSON:API resource (Drupal's comments, and other CMSs'): `{"type", "id", "attributes":
/// {...}, "relationships": {"pid": {"data": {"id"}}}}`. Its fields sit one level down and
/// its links two, so it reads as one flat object: the attributes, the resource's own id
/// (not an attribute's), and each relationship as the id it points to.
enum JSONAPIResource {
    /// The flat object, or nil when `object` is not a resource.
    static func flattened(_ object: JSONNode) -> JSONNode? {
        guard case .string? = object["type"], case .object(let attributes)? = object["attributes"] else {
            return nil
        }
        var pairs = attributes.filter { $0.key != "id" }
        if let id = object["id"] { pairs.insert((key: "id", value: id), at: 0) }
        if case .object(let links)? = object["relationships"] {
            for (name, link) in links where !attributes.contains(where: { $0.key == name }) {
                if case .string(let id)? = link["data"]?["id"] { pairs.append((key: name, value: .string(id))) }
            }
        }
        return .object(pairs)
    }
}
