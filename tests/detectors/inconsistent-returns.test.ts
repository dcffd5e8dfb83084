import { runJourneyFixture } from './harness';

runJourneyFixture('inconsistent-returns');
