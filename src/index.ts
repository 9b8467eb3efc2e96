/** Public entry of the `capaian` package: the domain library. */
export * from './domain';
