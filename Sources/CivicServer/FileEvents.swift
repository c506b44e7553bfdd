#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// Hears from the kernel (Linux inotify) that something under the watched folders changed,
/// so the preview looks at once rather than at its next poll. It only wakes the watcher:
/// what changed is still decided by comparing fingerprints (`SourceFingerprint`), so an
/// event missed, or a folder it could not watch, costs time, never a wrong page.
///
/// Each folder is watched on its own (inotify does not watch a tree); a folder created
/// later is watched as soon as its creation is heard. Where inotify cannot be used (another
/// system, or no watches left), `init` fails and the preview polls as before.
final class FileEvents: Sendable {
    private let descriptor: Int32
    /// Folders watched, by watch descriptor.
    private let folders = Mutex<[Int32: String]>([:])

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
                                     | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches every folder under each of `roots` that exists; nil when inotify cannot, or
    /// when `CIVIC_PREVIEW_POLL` is set (the preview then polls: for a file system whose
    /// changes the kernel does not see, such as a network share, and for the tests).
    init?(roots: [String]) {
        #if os(Linux)
        guard ProcessInfo.processInfo.environment["CIVIC_PREVIEW_POLL"] == nil else { return nil }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        // A watch refused (no watches left): the preview polls instead (`deinit` closes `fd`).
        for root in roots where !watchTree(root) { return nil }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Adds a watch on `root` and every folder under it; false when the kernel refused one
    /// (no watches left), true when there is no such folder.
    private func watchTree(_ root: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else { return true }
        var pending = [root]
        while let folder = pending.popLast() {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { return false }
            folders.withLock { $0[watch] = folder }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = folder + "/" + name
                var status = stat()
                // Never through a link: the preview reads no folder outside the site.
                if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { pending.append(path) }
            }
        }
        return true
    }

    /// Whether anything happened since the last call, reading every event waiting (and
    /// watching the folders created meanwhile). Never blocks.
    func drain() -> Bool {
        var heard = false
        // Room for 100 events or more; a longer queue is read in several reads.
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return heard }
            heard = true
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, nameLength > 0,
                   let parent = folders.withLock({ $0[watch] }) {
                    let nameBytes = buffer[(offset + header)..<min(count, offset + header + nameLength)].prefix { $0 != 0 }
                    _ = watchTree(parent + "/" + String(decoding: nameBytes, as: UTF8.self))
                }
                if mask & UInt32(IN_IGNORED) != 0 { folders.withLock { $0[watch] = nil } }
                offset += header + nameLength
            }
        }
    }

    /// Waits until something happens or `seconds` pass, looking every 5 ms (a read that
    /// finds nothing costs a system call); true when something happened.
    func wait(upTo seconds: Double) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if drain() { return true }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        return drain()
    }

    /// Waits until nothing has happened for `quiet` seconds: a file being saved in several
    /// writes is then saved.
    func settle(quiet: Double) async throws {
        while try await wait(upTo: quiet) {}
    }
}
