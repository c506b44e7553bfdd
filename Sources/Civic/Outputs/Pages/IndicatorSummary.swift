/// One sentence from an indicator's figures, in the page's language: where the series
/// started and ended, and the target ("Rose from 28.5% in 2019 to 21.0% in 2025. Target:
/// 15.0% by 2030."). The page, the chart's description and the feed share it.
enum IndicatorSummary {
    static func sentence(_ indicator: Indicator, _ counted: [Indicator.Point], _ t: Translations) -> String {
        var sentence: String
        if let first = counted.first, let last = counted.last {
            let values = ["from": t.quantity(first.value, of: indicator), "from_date": t.dateInSentence(first.date),
                          "to": t.quantity(last.value, of: indicator), "to_date": t.dateInSentence(last.date)]
            if counted.count == 1 {
                sentence = t.format("summary_single", values)
            } else if last.value.number > first.value.number {
                sentence = t.format("summary_rose", values)
            } else if last.value.number < first.value.number {
                sentence = t.format("summary_fell", values)
            } else {
                sentence = t.format("summary_same", values.merging(["from_date": t.date(first.date), "to_date": t.date(last.date)]) { $1 })
            }
        } else {
            sentence = t["summary_no_data"]
        }
        if let target = indicator.target {
            sentence += " " + t.format("summary_target", ["target": t.quantity(target.value, of: indicator),
                                                           "target_date": t.deadlineInSentence(target.date)])
        }
        return sentence
    }
}
