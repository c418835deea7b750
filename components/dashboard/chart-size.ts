/**
 * The progress chart's fixed height, so nothing below it moves when it draws. Apart from the
 * chart (a client module) so the server's loading skeleton reserves the same height.
 */
export const CHART_HEIGHT = 440;
