import { runJourneyFixture } from './harness';

runJourneyFixture('inconsistent-company');
