import Foundation

/// The sliding window of a batch: conversion lanes take the next input only while it lies
/// within `window` inputs of the oldest one not yet written, and the writer takes results back
/// strictly in input order. So at most `window` inputs are read, converted or waiting at any
/// time, whatever the batch's size, and the outputs come out in input order.
final class BatchScheduler<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var nextToStart = 0
    private var nextToWrite = 0
    private var results: [Int: Result] = [:]
    private var stopped = false
    private var activeLanes = 0

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// Whether `stop()` was called.
    var isStopped: Bool { condition.withLock { stopped } }

    /// How many inputs were handed to a lane.
    var started: Int { condition.withLock { nextToStart } }

    /// Called by a lane before its first `take()`.
    func laneStarted() { condition.withLock { activeLanes += 1 } }

    /// Called by a lane when `take()` gave nil.
    func laneFinished() {
        condition.withLock {
            activeLanes -= 1
            condition.broadcast()
        }
    }

    /// The next input for a lane, waiting while the window is full; nil when there is no more
    /// (all handed out, or stopped).
    func take() -> Int? {
        condition.withLock {
            while !stopped && nextToStart < count && nextToStart >= nextToWrite + window {
                condition.wait()
            }
            guard !stopped, nextToStart < count else { return nil }
            defer { nextToStart += 1 }
            return nextToStart
        }
    }

    /// A lane hands back the result for input `index`.
    func deliver(_ index: Int, _ result: Result) {
        condition.withLock {
            results[index] = result
            condition.broadcast()
        }
    }

    /// Stops handing out inputs; those already started still finish and are written.
    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// What the writer gets from `next`.
    enum Next {
        case result(Int, Result)
        /// Nothing ready within the wait: a chance to redraw progress.
        case idle
        case finished
    }

    /// The next result in input order, waiting at most `wait` seconds.
    func next(wait: TimeInterval) -> Next {
        condition.withLock {
            let deadline = Date(timeIntervalSinceNow: wait)
            while true {
                if let result = results.removeValue(forKey: nextToWrite) {
                    defer { nextToWrite += 1 }
                    condition.broadcast()
                    return .result(nextToWrite, result)
                }
                if nextToWrite >= nextToStart && (stopped || nextToStart >= count) { return .finished }
                if !condition.wait(until: deadline) { return .idle }
            }
        }
    }

    /// Waits until every lane has returned from its last `take()`.
    func waitForLanes() {
        condition.withLock {
            while activeLanes > 0 { condition.wait() }
        }
    }
}
