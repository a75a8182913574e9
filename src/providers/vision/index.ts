// Public surface of the vision provider: local quality metrics, optional remote labels.
export { analyzeImageQuality, laplacianVariance, qualityThresholds, ImageQualityError, type ImageQuality } from './image-quality.ts';
export { openaiVisionLabels, VisionError, VisionHttpError, type OpenAiVisionConfig, type VisionErrorCode } from './openai-vision.ts';
