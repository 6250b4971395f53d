import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing
import TestSupport

/// Every sample in `Samples/` converts to exactly the expected bytes beside it, in process.
@Suite struct GoldenTests {
    static let pipeline = Pipeline(pdfExtractor: PopplerExtractor())

    static var inputs: [String] {
        InputFinder.files(under: Fixtures.samples.path, skipFolders: SampleChecker.skippedFolders)
            .map { String($0.dropFirst(Fixtures.samples.path.count + 1)) }
    }

    static func convert(_ path: String) -> Result<String, ConversionError> {
        do throws(ConversionError) {
            let data: Data
            do { data = try Fixtures.data(path) } catch { throw .unreadable("\(error)") }
            let letter = try pipeline.convert(data, name: URL(fileURLWithPath: path).lastPathComponent)
            do { return .success(try CanonicalJSON.pretty(letter)) } catch { throw .unreadable("\(error)") }
        } catch {
            return .failure(error)
        }
    }

    @Test(arguments: inputs)
    func convertsToTheExpectedBytes(_ path: String) throws {
        let checker = SampleChecker { _ in GoldenTests.convert(path) }
        let outcome = checker.check(Fixtures.samples.appendingPathComponent(path).path, update: false)
        #expect(outcome.passed, "\(outcome.report)")
    }

    /// The recorded stage views (`NAME.<stage>.json`) are what each stage gives now.
    @Test(arguments: StageViews.samples)
    func stageViewsAreAsRecorded(_ sample: String) throws {
        let path = try #require(GoldenTests.inputs.first { $0.hasPrefix(sample + ".") && !$0.hasSuffix(".json") })
        let checker = SampleChecker { _ in GoldenTests.convert(path) }
        let data = try Fixtures.data(path)
        let extracted = try GoldenTests.pipeline.extract(data, name: URL(fileURLWithPath: path).lastPathComponent)
        let results = try Pipeline.run(extracted, through: .tables)
        let outcomes = checker.checkStages(Fixtures.samples.appendingPathComponent(path).path, update: false) { stage in
            let value: (any Encodable)? = switch stage {
            case .extract: results.extracted
            case .normalize: results.normalized
            case .segment: results.segmented
            case .tables: results.tabulated
            case .model: results.letter
            }
            guard let value, let json = try? CanonicalJSON.pretty(value) else { return .failure(.unreadable("no \(stage)")) }
            return .success(json)
        }
        #expect(outcomes.count == SampleChecker.viewedStages.count)
        for outcome in outcomes { #expect(outcome.passed, "\(outcome.report)") }
    }

    /// The same letter in any rendering gives the same model apart from `source`.
    @Test func everyRenderingOfALetterGivesOneModel() throws {
        var byLetter: [String: [(String, JSONValue)]] = [:]
        for path in GoldenTests.inputs where !path.hasPrefix("bad/") {
            guard case .success = GoldenTests.convert(path) else { continue }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let letterID = String(name.prefix { $0 != "." })
            guard case .success(let json) = GoldenTests.convert(path),
                  let value = try? JSONDecoder().decode(AnnualReviewLetter.self, from: Data(json.utf8)) else { continue }
            var model = try JSONValueEncoder().encode(value)
            if case .object(var members) = model { members["source"] = nil; model = .object(members) }
            byLetter[letterID, default: []].append((path, model))
        }
        let renderedMoreThanOnce = byLetter.filter { $0.value.count > 1 }
        #expect(renderedMoreThanOnce.count >= 5)
        for (letter, renderings) in renderedMoreThanOnce {
            let (firstPath, first) = renderings[0]
            for (path, model) in renderings.dropFirst() {
                #expect(model == first, "\(letter): \(path) differs from \(firstPath)")
            }
        }
    }
}
