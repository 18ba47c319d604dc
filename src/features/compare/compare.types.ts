import type { ApproachId, Recommendation } from '../../engine'
import type { Scenario } from './compare-link'

/** A scenario read from the link, with what the engine makes of it. */
export interface ComparedScenario extends Scenario {
  recommendation: Recommendation
}

/** Where a scenario's links go (the app's route table hands these in). */
export interface ScenarioLinks {
  result: (query: string) => string
  map: (query: string) => string
  guide: (id: ApproachId) => string
}
