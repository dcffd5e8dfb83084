import { runFixture } from './harness';

runFixture('late-costs');
