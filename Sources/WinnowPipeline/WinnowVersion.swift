/// The program's version, printed by `winnow --version`.
public enum WinnowVersion {
    public static let current = "0.9.0"
}
