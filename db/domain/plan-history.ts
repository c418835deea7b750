/*
 * Which completion claims a project is judged by. The first plan of record is the baseline and
 * is kept for good, so that a later forecast can never silently re-base a verdict; the latest
 * accepted claim is the current plan. Claims are ordered by when they were made, in the one
 * order for vague dates (compareFuzzyOrder); since a claim made "2025" cannot be told apart in
 * time from one made "2025-05", such ties are reported rather than hidden behind the order.
 */
import { slippage } from "./fuzzy-date";
import { compareFuzzyOrder, surelyBy, tiedWithFirst, tiedWithLast } from "./fuzzy-order";

interface Worded {
  earliest: string;
  latest: string;
  text: string;
}

export interface PlanClaim {
  id: string;
  /** the completion window; null for a derived claim that cannot be computed yet */
  window: Worded | null;
  /** when the claim was made (fuzzy) */
  claimed: Worded;
  accepted: boolean;
}

export interface PlanHistory<C extends PlanClaim> {
  /** accepted claims with a window, in compareFuzzyOrder of `claimed`, input order breaking exact ties */
  plans: C[];
  baseline: C | null;
  /** other plans whose claim date ties with the baseline's (cannot tell which came first) */
  baselineTies: C[];
  current: C | null;
  currentTies: C[];
  /** how far the current window moved from the baseline's, as slippage(baseline.window, current.window); null when current is the baseline or either is missing */
  moved: { minDays: number; maxDays: number } | null;
}

type Windowed<C extends PlanClaim> = C & { window: Worded };

const claimedOf = (claim: PlanClaim) => claim.claimed;

export function planHistory<C extends PlanClaim>(claims: readonly C[]): PlanHistory<C> {
  // Array.prototype.sort is stable, so claims whose dates compare equal keep their input order.
  const plans = claims
    .filter((c): c is Windowed<C> => c.accepted && c.window !== null)
    .sort((a, b) => compareFuzzyOrder(a.claimed, b.claimed));
  const baseline = plans[0] ?? null;
  const current = plans.at(-1) ?? null;
  return {
    plans,
    baseline,
    baselineTies: tiedWithFirst(plans, claimedOf),
    current,
    currentTies: tiedWithLast(plans, claimedOf),
    moved: baseline && current && current !== baseline ? slippage(baseline.window, current.window) : null,
  };
}

/** The plan in force when an observation was made: the last plan (in order) whose claim was surely made by the observation's last day (claimed.latest <= observed.latest); if none, the baseline. */
export function planInForce<C extends PlanClaim>(
  history: PlanHistory<C>,
  observed: { earliest: string; latest: string },
): C | null {
  return history.plans.findLast((plan) => surelyBy(plan.claimed, observed.latest)) ?? history.baseline;
}
