"use client";

import { deleteForecast } from "../actions";
import { AddRecord, ManageRecords } from "./disclosure";
import { describeForecast, ForecastForm } from "./forecast-form";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/** Below the header: the completion forecasts the plan of record is taken from. */
export function ForecastsEditor({ slug }: { slug: string }) {
  const { forecasts } = useDashboardData(slug);
  return (
    <section className="panel editor editor--forecasts" aria-labelledby="forecasts-editor-heading">
      <h2 id="forecasts-editor-heading">Completion forecasts</h2>
      <p className="muted small">The latest accepted forecast is the plan of record; older ones stay, so drift shows.</p>
      <AddRecord label="Add completion forecast">{(done) => <ForecastForm slug={slug} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage completion forecasts (${forecasts.length})`}>
        <RecordList
          slug={slug}
          listKey="forecasts"
          entity="completion_forecast"
          noun="completion forecast"
          records={forecasts}
          describe={describeForecast}
          renderEdit={(forecast, done) => <ForecastForm slug={slug} forecast={forecast} onDone={done} />}
          deleteAction={deleteForecast}
        />
      </ManageRecords>
    </section>
  );
}
