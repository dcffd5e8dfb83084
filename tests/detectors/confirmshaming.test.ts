import { runFixture } from './harness';

runFixture('confirmshaming');
