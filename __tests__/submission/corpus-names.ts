/**
 * Names copied from the adopters files in __fixtures__/corpus/adopters (repository in the comment), chosen for
 * what trips naive validators: '&', parentheses, apostrophes, leading digits, diacritics, CJK and
 * full-width parentheses, dots, '³', '®', '!', '/', ',', ':', '@ ' and ' - '.
 */
export const CORPUS_NAMES: readonly string[] = [
  'AT&T', // linkerd2
  'S&P Global Platts', // linkerd2
  'Car & Classic', // argo-cd
  'Cloud&Heat', // thanos
  'CI&T', // litmus
  'Cisco ET&I', // argo-cd
  'Natura &Co', // argo-cd
  'Sky Betting & Gaming', // coredns
  'William & Mary', // fluxcd/website
  'Ænix', // kubevirt
  'Pôle Emploi', // litmus
  'Crédit Agricole CIB', // argo-cd
  'Grupo Boticário', // crossplane
  'Itaú Unibanco', // thanos
  'Metal³', // community
  'Intel® Gaudi® 3', // kubevirt
  '100ms', // argo-cd
  '127Labs', // argo-cd
  '3Rein', // argo-cd
  '42 School', // argo-cd
  '7SIGNAL, Inc', // community
  'IBM Cloud Kubernetes Service (IKS)', // containerd
  'Amazon Web Services (AWS)', // cortex
  'Azure Kubernetes Service (AKS)', // containerd
  'Google Container-Optimized OS (COS)', // containerd
  'Centre of Excellence in Next Generation Networks (CENGN)', // rook
  'NAV (Norwegian Labour and Welfare Administration)', // rook
  'Residential IoT Services GmbH (Bosch Group)', // community
  'Wellhub (formerly Gympass)', // crossplane
  'Turtle Network (BLACK TURTLE BVBA)', // rook
  'RED (XiaoHongShu E-commerce)', // community
  'Cosmosource 宇动源（北京）信息技术有限公司', // community
  "Red Hat's Openshift Container Platform", // cri-o
  'Saloodo! GmbH', // argo-cd
  'Zalando SE', // coredns
  'China Merchants International Technology Co., Ltd', // community
  'Bajaj Finserv Health Ltd.', // argo-cd
  'EKEYNOW Pte. Ltd', // community
  'VEXXHOST, Inc.', // thanos
  'Red Hat, Inc.', // kubevirt
  'Posit Software, PBC', // community
  'Broker Consulting, a.s.', // argo-cd
  'CROZ d.o.o.', // argo-cd
  'FLAT ZONE s.r.o.', // thanos
  'Axual B.V.', // argo-cd
  'Bloomberg L.P.', // community
  'J.B. Hunt', // fluxcd/website
  'C.H.Robinson', // argo-cd
  'U.S. Veterans Affairs Department', // argo-cd
  'Mercedes-Benz Tech Innovation', // argo-cd
  'manager.cl', // linkerd2
  'Topicus.Education', // external-secrets
  'Alarm.com', // argo-cd
  'Frame.io', // crossplane
  'Logz.io', // jaeger
  'ProSiebenSat.1', // thanos
  'Rocket.Chat', // argo-cd
  'Seznam.cz', // argo-cd
  'STRG.at GmbH', // fluxcd/website
  'monday.com', // crossplane
  'deepc.ai', // community
  'tru.ID', // argo-cd
  'VMWare/Bitnami', // project-governance
  'Serpro/estaleiro', // coredns
  'Dedalow / NTT DATA', // community
  'Devopsi - Poland Software/DevOps Consulting', // argo-cd
  'The Linux Foundation - Training and Certification', // kubevirt
  'Camelot SI LLC, Sharper Image Licensee of SharperImage.com', // community
  'Run:ai', // community
  'EASE lab @ University of Edinbugh', // community
  'KA-NABELL', // community
  'Kube-DC', // kubevirt
  'H3C', // kubevirt
  'S3NS', // kubevirt
  'oVirt', // kubevirt
  'Kasten by Veeam', // kubevirt
  'PT Boer Technology (Btech)', // argo-cd
  'Yahoo', // kyverno
  // Added for the hardening suite (issue 7): at least 100 names in all, each found in its file by a test.
  '4data', // argo-cd
  '7shifts', // argo-cd
  'ANSTO - Australian Synchrotron', // argo-cd
  'Arctiq Inc.', // argo-cd
  'Compatio.AI', // argo-cd
  'END.', // argo-cd
  'Electronic Arts Inc.', // argo-cd
  'Freshop, Inc', // argo-cd
  'G-Research', // argo-cd
  'IITS-Consulting', // argo-cd
  'Kong Inc.', // argo-cd
  'Mercedes-Benz.io', // argo-cd
  'NYCU, CS IT Center', // argo-cd
  'Polarpoint.io', // argo-cd
  'South China Morning Post (SCMP)', // argo-cd
  'T-ROC Global', // argo-cd
  'VSHN - The DevOps Company', // argo-cd
  'Wakacje.pl', // argo-cd
  'reev.com', // argo-cd
  'ungleich.ch', // argo-cd
  'Kraken Technologies Ltd.', // argo-events
  'Opensurvey Inc.', // argo-rollouts
  'suXess-it', // argo-rollouts
  '3-shake Inc.', // community
  'At-Bay', // community
  'China Re Catastrophe Risk Management Company Ltd.', // community
  'Fly.io', // community
  'Nexi Group - Relay', // community
  'Openplay Technologies Pvt. Ltd.', // community
  'Tinx.ai', // community
  'UWM (United Wholesale Mortgage)', // community
  "Alibaba's PouchContainer", // containerd
  'Amazon Elastic Kubernetes Service (EKS)', // containerd
  'Docker/Moby engine', // containerd
  'Google Cloud Kubernetes Engine (GKE)', // containerd
  'IBM Cloud Private (ICP)', // containerd
  "Rancher's k3s project", // containerd
  'Takealot.com', // coredns
  'Open-Xchange', // cortex
  'T-Systems International GmbH', // crossplane
  'IBM X-Force Exchange', // enzyme
  'NET-A-PORTER', // enzyme
  'Outreach.io', // enzyme
  'Rangle.io', // enzyme
  'Branch.io', // etcd
  'DaoCloud.io', // etcd
  'Hyper.sh', // etcd
  'Salesforce.com', // etcd
  'Petco Health and Wellness Company, Inc', // external-secrets
  '360 Total Security', // harbor
  'DE-CIX', // harbor
  'JD.com', // harbor
  'osbuild-operator', // kubevirt
  'Arrikto Inc.', // kyverno
  'VSHN AG - APPUiO Cloud', // kyverno
  'MercedesBenz.io', // linkerd2
  'National Information Solutions Cooperative (NISC)', // linkerd2
  'PriceKinetics (GVC Australia)', // linkerd2
  'AB-Inbev', // litmus
  'LeanNet Ltd.', // rook
  'OADP (OpenShift API for Data Protection) Operator', // velero
  'pitsdatarecovery.net', // velero
];
