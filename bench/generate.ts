/** Generated manifests of any size, for the benchmark and the scale tests. */
const REGIONS = ['us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'asia-east1', 'asia-northeast1', 'asia-southeast1', 'australia-southeast1', 'southamerica-east1'];

/**
 * A manifest with `backends` backends of `regions` Cloud Run NEGs each, host-routed. The first
 * `withCdn` backends have Cloud CDN on: raising it makes an in-place change to that many backends.
 */
export function generateManifest(backends: number, regions: number, withCdn = 0): string {
  const lines = [
    'apiVersion: lb-plan/v1',
    'kind: LoadBalancer',
    'metadata: { name: bench, project: bench-project }',
    'frontend:',
    '  address: { reserve: bench-ip }',
    '  https:',
    '    certificates:',
    '      - managed: [bench.example.com]',
    '    redirectHttp: true',
    'backends:',
  ];
  for (let b = 0; b < backends; b++) {
    lines.push(`  svc-${b}:`, '    serverless:');
    for (let r = 0; r < regions; r++) lines.push(`      - { region: ${REGIONS[r % REGIONS.length]}, cloudRun: { service: svc-${b} } }`);
    if (b < withCdn) lines.push('    cdn: true');
  }
  lines.push('routing:', '  default: svc-0');
  if (backends > 1) lines.push('  hosts:');
  for (let b = 1; b < backends; b++) lines.push(`    - { hosts: [svc-${b}.example.com], backend: svc-${b} }`);
  return lines.join('\n') + '\n';
}

