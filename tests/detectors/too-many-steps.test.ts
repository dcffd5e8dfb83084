import { runJourneyFixture } from './harness';

runJourneyFixture('too-many-steps');
