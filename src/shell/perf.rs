/// Writes a total the benchmark reads (`data-{name}` on the mount element, in
/// milliseconds), for work done in many pieces that no single measure covers.
pub fn note(name: &str, ms: f64) {
    if let Some(host) = super::dom::element(super::config::MOUNT_ID) {
        let _ = host.set_attribute(&format!("data-{name}"), &format!("{ms:.1}"));
    }
}

/// Runs `f`, recording how long it took as a `performance.measure` named
/// `name`, which the benchmark reads. Only the latest is kept, so a long
/// session does not pile up entries.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else { return f() };
    let (start, end) = (format!("{name}-start"), format!("{name}-end"));
    let _ = p.mark(&start);
    let out = f();
    let _ = p.mark(&end);
    p.clear_measures_with_measure_name(name);
    let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    p.clear_marks_with_mark_name(&start);
    p.clear_marks_with_mark_name(&end);
    out
}
