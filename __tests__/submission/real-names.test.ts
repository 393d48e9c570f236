import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../src/submission/validate-submission.js';

// Names copied from the adopters files in __fixtures__/corpus/adopters (file in the comment), chosen for
// what trips naive validators: '&', parentheses, apostrophes, leading digits, diacritics, CJK and
// full-width parentheses, dots, '³', '®', '!', '/', ',', ':', '@ ' and ' - '.
const CORPUS_NAMES: readonly string[] = [
  'AT&T', // linkerd2
  'S&P Global Platts', // linkerd2
  'Car & Classic', // argo-cd
  'Cloud&Heat', // argo-cd
  'CI&T', // argo-cd
  'Cisco ET&I', // argo-cd
  'Natura &Co', // argo-cd
  'Sky Betting & Gaming', // linkerd2
  'William & Mary', // argo-cd
  'Ænix', // kubevirt
  'Pôle Emploi', // litmus
  'Crédit Agricole CIB', // argo-cd
  'Grupo Boticário', // crossplane
  'Itaú Unibanco', // argo-cd
  'Metal³', // cert-manager (logo alt text)
  'Intel® Gaudi® 3', // kubevirt
  '100ms', // argo-cd
  '127Labs', // argo-cd
  '3Rein', // argo-cd
  '42 School', // argo-cd
  '7SIGNAL, Inc', // buildpacks
  'IBM Cloud Kubernetes Service (IKS)', // containerd
  'Amazon Web Services (AWS)', // argo-cd
  'Azure Kubernetes Service (AKS)', // containerd
  'Google Container-Optimized OS (COS)', // containerd
  'Centre of Excellence in Next Generation Networks (CENGN)', // argo-cd
  'NAV (Norwegian Labour and Welfare Administration)', // argo-cd
  'Residential IoT Services GmbH (Bosch Group)', // argo-cd
  'Wellhub (formerly Gympass)', // argo-cd
  'Turtle Network (BLACK TURTLE BVBA)', // argo-cd
  'RED (XiaoHongShu E-commerce)', // argo-cd
  'Cosmosource 宇动源（北京）信息技术有限公司', // dapr
  "Red Hat's Openshift Container Platform", // containerd
  'Saloodo! GmbH', // argo-cd
  'Zalando SE', // coredns
  'China Merchants International Technology Co., Ltd', // dapr
  'Bajaj Finserv Health Ltd.', // argo-cd
  'EKEYNOW Pte. Ltd', // argo-cd
  'VEXXHOST, Inc.', // argo-cd
  'Red Hat, Inc.', // kubevirt
  'Posit Software, PBC', // knative
  'Broker Consulting, a.s.', // argo-cd
  'CROZ d.o.o.', // argo-cd
  'FLAT ZONE s.r.o.', // argo-cd
  'Axual B.V.', // argo-cd
  'Bloomberg L.P.', // knative
  'J.B. Hunt', // argo-cd
  'C.H.Robinson', // argo-cd
  'U.S. Veterans Affairs Department', // argo-cd
  'Mercedes-Benz Tech Innovation', // argo-cd
  'manager.cl', // argo-cd
  'Topicus.Education', // external-secrets
  'Alarm.com', // argo-cd
  'Frame.io', // argo-cd
  'Logz.io', // jaeger
  'ProSiebenSat.1', // thanos
  'Rocket.Chat', // argo-cd
  'Seznam.cz', // argo-cd
  'STRG.at GmbH', // fluxcd
  'monday.com', // crossplane
  'deepc.ai', // knative
  'tru.ID', // argo-cd
  'VMWare/Bitnami', // kubescape
  'Serpro/estaleiro', // coredns
  'Dedalow / NTT DATA', // dapr
  'Devopsi - Poland Software/DevOps Consulting', // argo-cd
  'The Linux Foundation - Training and Certification', // kubevirt
  'Camelot SI LLC, Sharper Image Licensee of SharperImage.com', // dapr
  'Run:ai', // knative
  'EASE lab @ University of Edinbugh', // knative
  'KA-NABELL', // knative
  'Kube-DC', // kubevirt
  'H3C', // kubevirt
  'S3NS', // kubevirt
  'oVirt', // kubevirt
  'Kasten by Veeam', // kubevirt
  'PT Boer Technology (Btech)', // argo-cd
  'Yahoo', // kyverno
];

// Named in THREATS.md and the task, not all in the corpus: typical spellings of real organizations.
const OTHER_REAL_NAMES: readonly string[] = [
  'S&P Global',
  'T-Mobile',
  'Yahoo!',
  'Co., Ltd.',
  "O'Reilly",
  'O’Reilly Media',
  'C++ Foundation',
  'Notepad++',
  '（株）メルカリ',
  '株式会社サイバーエージェント',
  '네이버',
  'Яндекс',
  'Ελληνικά Ταχυδρομεία',
  'מכבי שירותי בריאות',
  'Deutsche Börse AG',
  'Łódź Software',
  'Société Générale',
  'Søstrene Grene',
  'Ørsted A/S',
  'Straße 1',
  'A&B (Holdings) Ltd.',
  'A < B',
  'Café 24/7',
];

describe('validateSubmission with real organization names', () => {
  it('has at least 60 names from the corpus', () => {
    expect(CORPUS_NAMES.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...CORPUS_NAMES, ...OTHER_REAL_NAMES])('should accept %s and return it exactly (NFC)', (name) => {
    const result = validateSubmission({ name, website: 'https://acme.com', consent: true });
    expect(result.ok ? result.submission.name : result.errors).toBe(name.normalize('NFC'));
  });

  it('should return a decomposed name in NFC', () => {
    const decomposed = 'Po\u0302le Emploi';
    const result = validateSubmission({ name: decomposed, website: 'https://acme.com', consent: true });
    expect(result.ok && result.submission.name).toBe('Pôle Emploi');
  });
});
