#if canImport(Glibc)
import Glibc
#endif

/// One build at a time into one output: an exclusive `flock` on `.civic-lock-NAME` beside
/// it, held until the build has published (the system lets go of it if the process dies).
/// A second build into the same output stops at once with a message, rather than wait or
/// remove the first one's staging folder.
final class OutputLock {
    static let prefix = ".civic-lock-"
    private var descriptor: Int32

    /// Takes the lock for the output folder `path`, whose parent folder must exist.
    init(for path: String) throws(SiteWriter.WriteError) {
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        let name = String(path[path.index(after: slash)...])
        let lockPath = (parent == "/" ? "" : parent) + "/" + Self.prefix + name
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw SiteWriter.WriteError(description: "cannot create the lock \(lockPath): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let reason = errno == EWOULDBLOCK
                ? "another civic build is writing into \(path) right now; wait for it to finish, then build again"
                : "cannot lock \(lockPath): \(String(cString: strerror(errno)))"
            close(descriptor)
            throw SiteWriter.WriteError(description: reason)
        }
        self.descriptor = descriptor
    }

    /// Lets go of the lock (the file stays, for the next build).
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
