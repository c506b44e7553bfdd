import Foundation

/// Renders compiled templates straight into bytes. It reproduces what swift-mustache's
/// interpreter does with the same parsed template (`TemplateCompiler`), including its
/// lookups through enclosing objects and its indentation of standalone partials, but it
/// looks names up by number through generated switches, keeps one stack it pushes and pops,
/// and appends to one buffer (or hands it on in pieces) instead of joining strings.
struct TemplateRenderer: Sendable {
    let templates: [String: [TemplateStep]]

    /// Renders the template `name` for `root`; nil when there is no such template.
    func render(_ name: String, root: TemplateValue) -> [UInt8]? {
        guard let steps = templates[name] else { return nil }
        var output = RenderOutput(capacity: 16_384)
        var stack = [root]
        run(steps, into: &output, stack: &stack, frame: Frame(indentation: nil, overrides: nil))
        return output.buffer
    }

    /// Renders the template `name` for `root` in pieces of about 64 KiB, each handed to
    /// `handOn` as it fills; false when there is no such template.
    func render(_ name: String, root: TemplateValue, handingOn handOn: @escaping ([UInt8]) -> Void) -> Bool {
        guard let steps = templates[name] else { return false }
        var output = RenderOutput(handingOn: handOn)
        var stack = [root]
        run(steps, into: &output, stack: &stack, frame: Frame(indentation: nil, overrides: nil))
        output.finish()
        return true
    }

    /// What a partial passes on to what it renders: its indentation and the blocks overridden.
    private struct Frame {
        let indentation: [UInt8]?
        let overrides: [String: [TemplateStep]]?

        func indented(by more: [UInt8]?) -> [UInt8]? {
            guard let more else { return indentation }
            return (indentation ?? []) + more
        }
    }

    private func run(_ steps: [TemplateStep], into output: inout RenderOutput, stack: inout [TemplateValue], frame: Frame) {
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for step in steps { run(step, into: &output, stack: &stack, frame: frame) }
            return
        }
        // As swift-mustache does: a step that prints something right after a line break
        // printed by this same template is indented.
        // The indentation is held back and written before the step's first byte, if any.
        let start = output.count
        for step in steps {
            let before = output.count
            let afterLineBreak = before > start && output.last == UInt8(ascii: "\n")
                && !(before - 1 > start && output.beforeLast == UInt8(ascii: "\r"))
            if afterLineBreak { output.pending = indentation }
            run(step, into: &output, stack: &stack, frame: frame)
            output.pending = nil
        }
    }

    private func run(_ step: TemplateStep, into output: inout RenderOutput, stack: inout [TemplateValue], frame: Frame) {
        switch step {
        case .text(let bytes):
            output.append(bytes)

        case .value(let path, let escaped):
            guard let value = resolve(path, in: stack) else { return }
            let text: String
            switch value {
            case .text(let string): text = string
            case .integer(let number): text = String(number)
            case .flag(let flag): text = flag ? "true" : "false"
            case .list(let list): text = list.printed
            case .object(let object): text = String(describing: object)
            }
            if escaped {
                output.append(escaping: text)
            } else {
                output.append(text)
            }

        case .section(let path, let body):
            switch resolve(path, in: stack) {
            case nil:
                return
            case .flag(let flag):
                if flag { run(body, into: &output, stack: &stack, frame: frame) }
            case .list(let list):
                for index in 0..<list.count {
                    stack.append(list.templateElement(at: index) ?? .flag(false))
                    run(body, into: &output, stack: &stack, frame: frame)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                run(body, into: &output, stack: &stack, frame: frame)
                stack.removeLast()
            }

        case .invertedSection(let path, let body):
            switch resolve(path, in: stack) {
            case nil, .flag(false)?:
                run(body, into: &output, stack: &stack, frame: frame)
            case .list(let list)? where list.count == 0:
                stack.append(.list(list))
                run(body, into: &output, stack: &stack, frame: frame)
                stack.removeLast()
            default:
                return
            }

        case .partial(let name, let indentation, let overrides):
            guard let steps = templates[name] else { return }
            var merged = frame.overrides
            if let overrides {
                // Blocks overridden further out win, as in swift-mustache.
                merged = (frame.overrides ?? [:]).merging(overrides) { outer, _ in outer }
            }
            run(steps, into: &output, stack: &stack, frame: Frame(indentation: frame.indented(by: indentation), overrides: merged))

        case .block(let name, let defaultSteps, let indentation):
            let steps = frame.overrides?[name] ?? defaultSteps
            run(steps, into: &output, stack: &stack,
                frame: Frame(indentation: frame.indented(by: indentation), overrides: frame.overrides))
        }
    }

    private func resolve(_ path: TemplatePath, in stack: [TemplateValue]) -> TemplateValue? {
        var value: TemplateValue?
        switch path.start {
        case .current:
            value = stack.last
        case .currentOnly:
            value = stack.last.flatMap { follow(path.keys[...], from: $0) }
        case .nearest:
            let first = path.keys[0]
            for object in stack.reversed() {
                if let found = child(first, of: object) {
                    value = follow(path.keys.dropFirst(), from: found)
                    break
                }
            }
        }
        for transform in path.transforms {
            guard let current = value else { return nil }
            value = apply(transform, to: current)
        }
        return value
    }

    private func follow(_ keys: ArraySlice<TemplateKey>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for key in keys {
            guard let next = child(key, of: value) else { return nil }
            value = next
        }
        return value
    }

    @inline(__always)
    private func child(_ key: TemplateKey, of value: TemplateValue) -> TemplateValue? {
        if case .object(let object) = value { object.templateValue(for: key) } else { nil }
    }

    private func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        switch (value, transform) {
        case (.text(let text), .empty): .flag(text.isEmpty)
        case (.text(let text), .lowercased): .text(text.lowercased())
        case (.text(let text), .uppercased): .text(text.uppercased())
        case (.text(let text), .capitalized): .text(text.capitalized)
        case (.text(let text), .reversed): .text(String(text.reversed()))
        case (.integer(let number), .equalzero): .flag(number == 0)
        case (.integer(let number), .plusone): .integer(number + 1)
        case (.integer(let number), .minusone): .integer(number - 1)
        case (.integer(let number), .even): .flag(number & 1 == 0)
        case (.integer(let number), .odd): .flag(number & 1 == 1)
        case (.list(let list), .empty): .flag(list.count == 0)
        case (.list(let list), .count): .integer(list.count)
        case (.list(let list), .first): list.count == 0 ? nil : list.templateElement(at: 0)
        case (.list(let list), .last): list.count == 0 ? nil : list.templateElement(at: list.count - 1)
        case (.list(let list), .reversed): .list(ReversedTemplateSequence(base: list))
        default: nil
        }
    }
}
