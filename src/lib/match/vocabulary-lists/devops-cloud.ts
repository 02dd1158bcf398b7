import type { VocabularyList } from '../vocabulary';

/** DevOps, SRE and cloud: reliability practices, delivery, cloud services and their tooling. */
export const DEVOPS_CLOUD: VocabularyList = {
	tools: `
=Loki|Grafana Loki
=Thanos
Alertmanager
=Nagios
=Zabbix
=Icinga
Dynatrace
AppDynamics
Honeycomb
Fluentd|Fluent Bit
Opsgenie
Kustomize
Crossplane
HashiCorp Packer
HashiCorp Vagrant
HashiCorp Consul
HashiCorp Nomad
Envoy Proxy
Linkerd
Traefik
HAProxy
Apache HTTP Server
Apache Tomcat|=Tomcat
Cloud SQL
=Pub/Sub|Google Pub/Sub|Cloud Pub/Sub
Cloud Functions|Google Cloud Functions
App Engine|Google App Engine
Cloud Build|Google Cloud Build
Google Dataflow|=Dataflow
Cloud Spanner
=Bigtable|Cloud Bigtable
Amazon RDS|=RDS
Amazon Aurora
Amazon CloudWatch|CloudWatch
Amazon Route 53|Route 53
Amazon VPC|=VPC
=AWS CDK|Cloud Development Kit
AWS Fargate|=Fargate
Amazon API Gateway|API Gateway
AWS Step Functions|Step Functions
Azure DevOps|Azure Pipelines|Azure Boards
Azure Monitor
Azure App Service
Azure Bicep
ARM templates
Azure SQL|Azure SQL Database
Cosmos DB|Azure Cosmos DB|CosmosDB
Azure Blob Storage
Azure Key Vault
TeamCity
Atlassian Bamboo
Spinnaker
Tekton
FluxCD|Flux CD
Rancher Kubernetes|Rancher Desktop
=Podman
containerd
OpenStack
VMware|vSphere|=ESXi
Hyper-V
Proxmox
SaltStack
JFrog Artifactory|Artifactory
Sonatype Nexus|Nexus Repository
Velero
Backstage.io|Spotify Backstage
`,
	skills: `
=SLOs|=SLO|=SLIs|=SLI|service level objectives|service level indicators
error budgets|error budget
platform engineering|developer platforms|internal developer platform
GitOps
canary releases|canary deployments|canary deploys|canary releasing
blue-green deployments|blue/green deployments|blue-green deployment
progressive delivery
feature flags|feature toggles|feature flagging
release management|release engineering
configuration management
alerting|alerts and on-call
log management|centralised logging|centralized logging|log aggregation
FinOps|cloud cost optimization|cloud cost optimisation|cloud cost management
automation|process automation|workflow automation|toil reduction
content delivery networks|=CDN|=CDNs
system administration|systems administration|=sysadmin
Linux administration|Linux system administration
high availability
disaster recovery|business continuity|business continuity planning|=BCP
backup and recovery|backups|backup
database replication|replication
database administration|=DBA
performance tuning|query optimization|database tuning
chaos engineering
virtualization|virtualisation
`,
	certifications: `
Certified Kubernetes Security Specialist|=CKS
AWS Certified SysOps Administrator
AWS Certified DevOps Engineer
Azure DevOps Engineer Expert|=AZ-400
Azure Solutions Architect Expert|=AZ-305
Google Professional Cloud DevOps Engineer
HashiCorp Certified Terraform Associate|Terraform Associate
Red Hat Certified Engineer|=RHCE
Red Hat Certified System Administrator|=RHCSA
=LFCS
CompTIA Linux+|=Linux+
`
};
