import type { VocabularyList } from '../vocabulary';

/** Data and analytics beyond the first list: analysis methods and the analysts' tools. */
export const DATA_ANALYTICS: VocabularyList = {
	tools: `
Sisense
=Domo
MicroStrategy
Hex Technologies
Mode Analytics
=KNIME
RapidMiner
Dataiku
=H2O|H2O.ai
Weights & Biases|=W&B
=DVC
Polars
dplyr|tidyverse|ggplot2
R Shiny
Minitab
=JMP
EViews
Google Trends
`,
	skills: `
big data
data mining
predictive analytics|predictive modelling|predictive modeling|predictive models
regression analysis|regression|linear regression|logistic regression
hypothesis testing|significance testing
Bayesian statistics|Bayesian methods|Bayesian inference
survival analysis
clustering|cluster analysis
anomaly detection
customer segmentation|segmentation
cohort analysis
funnel analysis|conversion funnels|funnel optimization
web analytics
marketing analytics
data storytelling
data cleaning|data cleansing|data wrangling|data preparation
ad hoc analysis|ad-hoc analysis|ad hoc reporting|ad-hoc reporting
=KPI reporting|KPI dashboards
geographic information systems|=GIS|geospatial analysis
`
};
