export * from './advance-referral';
export * from './close-the-loop';
export * from './patient-ref-retention';
export * from './patient-reference-guard';
export * from './status-pipeline';
export * from './time-in-stages';
