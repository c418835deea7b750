/**
 * What a chart's frame shows until the chart's code arrives: it fills the frame, whose height
 * is the chart's, so nothing moves when the chart draws; a live status, so a screen reader hears it.
 */
export function ChartLoading() {
  return (
    <p className="chart-loading" role="status">
      Loading chart…
    </p>
  );
}
