/** What a tour did, as tour.json records it; apart from tour.ts so screenshots.ts reads it without a cycle. */
export interface TourStep {
  file: string;
  caption: string;
  readme?: string;
}

export interface TourScenarioResult {
  id: string;
  title: string;
  passed: boolean;
  error?: string;
  steps: TourStep[];
}

export interface TourRecord {
  passed: number;
  failed: number;
  scenarios: TourScenarioResult[];
}
