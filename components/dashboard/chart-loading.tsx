/**
 * What a chart's frame shows until the chart's code arrives: it fills the frame, whose height
 * is the chart's, so nothing moves when the chart draws; a live status, so a screen reader hears it.
 * On paper (a page printed before the chart's code arrived) it says where the chart's figures
 * are instead: print.css then prints the chart's tables, unfolded.
 */
export function ChartLoading() {
  return (
    <p className="chart-loading" role="status">
      <span className="chart-loading__screen">Loading chart…</span>
      <span className="chart-loading__paper">This chart was not drawn in time for printing. Its figures are in the tables that follow.</span>
    </p>
  );
}
