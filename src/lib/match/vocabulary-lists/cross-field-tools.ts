import type { VocabularyList } from '../vocabulary';

/** The first cross-field tools (software, data, product, marketing, finance, nursing, operations). */
export const CROSS_FIELD_TOOLS: VocabularyList = {
	tools: `
Python
Java
JavaScript|=JS|ECMAScript
TypeScript|=TS
Node.js|=Node|NodeJS|Node JS
React|=React|React.js|ReactJS
React Native
=Angular|AngularJS
Vue.js|=Vue|VueJS
Svelte|SvelteKit
Next.js|NextJS
Nuxt|Nuxt.js
Redux
HTML|HTML5
CSS|CSS3
Sass|SCSS
Tailwind CSS|Tailwind
jQuery
=Go|Golang
=Rust
=C
C++|cpp
C#|C sharp
.NET|dotnet|.NET Core|.NET Framework
ASP.NET|ASP.NET Core
F#
=Ruby
Ruby on Rails|=Rails
PHP
Laravel
Symfony
Perl
Scala
Kotlin
=Swift|SwiftUI
Objective-C
=Dart
Flutter
Elixir
Erlang
Haskell
Clojure
=Julia
MATLAB
Simulink
=SAS
SPSS
Stata
=R
Bash|shell scripting|=Shell
PowerShell
VBA
SQL
T-SQL|Transact-SQL
PL/SQL
NoSQL
GraphQL
gRPC
=SOAP
WebSockets
Spring Boot|=Spring|Spring Framework
Hibernate
Django
=Flask
FastAPI
Express.js|=Express|ExpressJS
NestJS
Kafka|Apache Kafka|Amazon MSK|=MSK
Kafka Streams
RabbitMQ
ActiveMQ
Amazon SQS|=SQS
Amazon SNS|=SNS
Amazon Kinesis|Kinesis
Apache Pulsar|=Pulsar
Apache Flink|Flink
Apache Spark|=Spark|Spark SQL|Spark Streaming
PySpark
Hadoop|HDFS
Apache Hive|=Hive
Presto
Trino
Apache Airflow|Airflow|Amazon MWAA
Dagster
=Prefect
=Luigi
dbt|data build tool|dbt Core|dbt Cloud
Great Expectations
Fivetran
Airbyte
Informatica
Talend
SSIS|SQL Server Integration Services
SSRS|SQL Server Reporting Services
SSAS|SQL Server Analysis Services
Azure Data Factory
AWS Glue|=Glue
Databricks
=Snowflake
BigQuery|Google BigQuery
Amazon Redshift|Redshift
Azure Synapse|Synapse Analytics
Teradata
Oracle Database|=Oracle
SQL Server|Microsoft SQL Server|MS SQL|MSSQL
PostgreSQL|Postgres|psql
MySQL
MariaDB
SQLite
MongoDB|=Mongo
Cassandra|Apache Cassandra
DynamoDB|Amazon DynamoDB
Redis
Elasticsearch|Elastic Search|=ELK
OpenSearch
Neo4j
ClickHouse
DuckDB
CockroachDB
Delta Lake
Apache Iceberg|=Iceberg
Parquet
Apache Avro|Avro
Protocol Buffers|Protobuf
Jinja|Jinja2
pandas
NumPy
SciPy
scikit-learn|sklearn|scikit learn
TensorFlow
PyTorch
Keras
XGBoost
LightGBM
CatBoost
Hugging Face|HuggingFace
LangChain
spaCy
NLTK
OpenCV
Tesseract
MLflow
Kubeflow
Amazon SageMaker|SageMaker
Vertex AI
Jupyter|Jupyter Notebook
Matplotlib
Plotly
Seaborn
Streamlit
Grafana
Prometheus
Datadog
New Relic
Splunk
=Sentry
PagerDuty
OpenTelemetry|=OTel
Jaeger
Kibana
Logstash
Docker|Docker Compose
Kubernetes|k8s
Amazon EKS|=EKS
Amazon ECS|=ECS
Google Kubernetes Engine|=GKE
Azure Kubernetes Service|=AKS
Helm
OpenShift
Terraform
Pulumi
AWS CloudFormation|CloudFormation
Ansible
=Puppet
=Chef
Jenkins
GitHub Actions
GitLab CI|GitLab CI/CD
CircleCI
Travis CI
Argo CD|ArgoCD
Git
GitHub
GitLab
Bitbucket
Linux
Unix
Windows Server
Nginx
AWS|Amazon Web Services
Microsoft Azure|Azure
Google Cloud|GCP|Google Cloud Platform
Amazon EC2|=EC2
Amazon S3|=S3
AWS Lambda|=Lambda
Azure Functions
Cloud Run
Heroku
Vercel
Netlify
Cloudflare
Firebase
Supabase
Istio
HashiCorp Vault
Selenium
Cypress
Playwright
Jest
Vitest
JUnit
pytest
Postman
Storybook
Webpack
=Vite
Maven
Gradle
SonarQube
Okta
Auth0
Keycloak
=Unity|Unity3D
Unreal Engine
Blender
AutoCAD
SolidWorks
Revit
ArcGIS
QGIS
iOS
Android
Microsoft Excel|=Excel|MS Excel
Microsoft PowerPoint|PowerPoint
Microsoft Word|MS Word
Microsoft Office|MS Office|Office 365|Microsoft 365
Microsoft Teams
=Outlook
Google Workspace|G Suite
Google Sheets
SharePoint
Power Automate
Power Apps|PowerApps
Microsoft Visio|Visio
Microsoft Project|MS Project
Primavera P6|=Primavera
Salesforce|SFDC|Salesforce CRM
HubSpot
Marketo
Pardot
Mailchimp
Klaviyo
Braze
Iterable
Hootsuite
Sprout Social
Semrush|SEMrush
Ahrefs
Screaming Frog
Google Search Console
Google Tag Manager
Google Analytics|GA4|Google Analytics 4|Universal Analytics
Looker Studio|Google Data Studio|Data Studio
=Looker
Tableau
Power BI|PowerBI
Qlik|QlikView|Qlik Sense
Metabase
Amplitude
Mixpanel
Hotjar
FullStory
Optimizely
=VWO
Zendesk
=Intercom
Freshdesk
ServiceNow
Jira|JIRA Software
Confluence
Trello
Asana
Monday.com
=Notion
Miro
Figma
=Sketch
Adobe XD
Adobe Photoshop|Photoshop
Adobe Illustrator|=Illustrator
Adobe InDesign|InDesign
Adobe Creative Cloud|Adobe Creative Suite
Adobe Premiere Pro|Premiere Pro
Adobe After Effects|After Effects
Canva
Webflow
WordPress
Shopify
Magento|Adobe Commerce
WooCommerce
Contentful
Google Ads|Google AdWords|AdWords
Meta Ads|Facebook Ads|Meta Business Manager|Meta Ads Manager|Facebook Ads Manager|Meta Business Suite|=Meta
TikTok Ads|=TikTok|TikTok Ads Manager
LinkedIn Ads|LinkedIn Campaign Manager
Microsoft Advertising|Bing Ads
Amazon Ads|Amazon Advertising
Criteo
Display & Video 360|DV360
Campaign Manager 360
SAP|SAP ERP
SAP S/4HANA|S/4HANA|S4HANA|SAP S4
SAP BW|SAP BW/4HANA|SAP Business Warehouse
SAP EWM|SAP Extended Warehouse Management
SAP FICO|SAP FI/CO|SAP FI
SAP SuccessFactors|SuccessFactors
Oracle NetSuite|NetSuite
Oracle ERP|Oracle Fusion
Workday
Microsoft Dynamics|Dynamics 365
QuickBooks
Xero
Oracle Hyperion|Hyperion
Anaplan
Adaptive Insights|Workday Adaptive Planning
Bloomberg Terminal
Alteryx
Manhattan SCALE|Manhattan WMS|Manhattan Active WM
Blue Yonder|JDA
Kinaxis
=Epic|Epic EHR|Epic Systems
Cerner|Oracle Health
MEDITECH
Allscripts
Pyxis
Omnicell
BambooHR
Greenhouse ATS
UiPath
Zapier
Airtable
Smartsheet
`
};
