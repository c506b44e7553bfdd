/// The names the preview answers to. It listens on 127.0.0.1 only, but a web page from
/// another site can point a name of its own at 127.0.0.1 (DNS rebinding) and then read the
/// preview as if it were its own origin; its requests carry that name in `Host`, so any
/// name but the loopback ones is refused.
enum PreviewHost {
    static func isAllowed(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let names = ["127.0.0.1", "localhost"]
        return names.contains(host) || names.contains { host == "\($0):\(port)" }
    }
}
