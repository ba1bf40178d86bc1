// Word lists for the synthetic arXiv feed. The filler avoids every keyword of the curated topics
// (lib/topics/catalogue.ts) after English stemming (no "adaptive": `adapters` stems to `adapt`), so the
// TOPIC_PHRASES a synthetic paper was given decide its topics, and matching does a realistic amount of work.

const list = (words: string) => words.trim().split(/\s+/);

/** Per curated topic, phrases an abstract on that subject would contain. */
export const TOPIC_PHRASES: string[][] = [
  ["4-bit quantization of weights and activations", "post-training quantization", "int8 kernels"],
  ["optimizer states", "memory-efficient training", "gradient projection onto a low-rank subspace"],
  ["the KV cache", "efficient inference", "LLM inference under tight latency budgets"],
  ["long context", "a longer context window", "long sequences"],
  ["speculative decoding", "a small draft model", "parallel decoding"],
  ["multi-step reasoning", "test-time compute", "chain-of-thought traces"],
  ["retrieval-augmented generation", "a dense retriever", "vector databases"],
  ["pretraining data", "data curation", "synthetic data"],
  ["differential privacy", "privacy-preserving training", "sensitive data"],
  ["jailbreak attacks", "activation steering", "harmful content"],
  ["vision-language models", "multimodal instruction data", "image-text pairs"],
  ["speech recognition", "audio tokens", "text-to-speech"],
  ["model merging", "task arithmetic", "model soups"],
  ["knowledge distillation", "a teacher model", "a student model"],
  ["structured pruning", "activation sparsity", "pruned checkpoints"],
  ["small language models", "on-device deployment", "edge devices"],
  ["subword vocabularies", "byte-level models", "byte-pair encoding"],
  ["mechanistic interpretability", "probing classifiers", "a theoretical analysis"],
  ["LLM agents", "tool use", "function calling"],
  ["code generation", "program synthesis", "code completion"],
  ["watermarking", "machine-generated text", "membership verification"],
  ["state space models", "linear attention", "hybrid models"],
  ["fine-tuning with LoRA", "parameter-efficient adaptation", "instruction tuning"],
  ["reinforcement learning", "preference optimization", "a learned reward model"],
  ["scaling laws", "loss spikes", "training stability"],
];

export const OPENINGS = [
  "We study",
  "This paper revisits",
  "We introduce a framework for",
  "Recent work has focused on",
  "We present an empirical study of",
  "Little is known about",
  "We propose a simple method for",
  "Practitioners increasingly rely on",
];

export const SUBJECTS = [
  "large language models",
  "transformer architectures",
  "mixture-of-experts layers",
  "autoregressive decoders",
  "encoder-only networks",
  "diffusion transformers",
  "instruction-following assistants",
  "foundation models",
];

export const CLAIMS = [
  "improves accuracy on standard benchmarks while reducing wall-clock cost",
  "matches strong baselines with a fraction of the parameters",
  "generalizes across model families and sizes",
  "is simple to implement and adds negligible overhead",
  "closes most of the gap to a much larger model",
  "remains robust under distribution shift",
  "reveals a consistent trade-off between throughput and quality",
  "scales predictably with compute",
];

export const METHODS = [
  "a lightweight calibration step",
  "a warm-up scheduling rule",
  "a shared low-dimensional representation",
  "a two-stage curriculum",
  "a learned gating function",
  "a closed-form correction term",
  "a contrastive objective",
  "an auxiliary consistency loss",
];

export const DETAILS = [
  "Experiments on six benchmarks with models from 1B to 70B parameters confirm these findings.",
  "Our analysis shows that the error grows as $O(\\sqrt{n})$ rather than $O(n)$ in the sequence length.",
  "Ablations isolate the contribution of each component &amp; show that none is redundant.",
  "We release code, checkpoints and evaluation scripts to support future work.",
  "Across 14 tasks the method improves the average score by 3.2 points.",
  "The approach requires no changes to the underlying architecture or training recipe.",
  "We further characterize failure cases where the gains vanish, e.g. when $k &lt; 4$.",
  "Results hold for both English and multilingual evaluation suites.",
  "On a single accelerator the overhead stays below 2% of the total runtime.",
  "We discuss limitations and open questions for the community.",
];

export const TITLE_WORDS = list(`
  Scalable Robust Efficient Towards Understanding Rethinking Learning Language Models
  Transformers Benchmark Analysis Framework Objectives Layers Representations Calibration Evaluation
  Generalization Alignment Decoding Attention Experts Routing Budgets Signals Approach Study Practical
  Unified Simple
`);

export const FIRST_NAMES = list(`
  Ada Bo Chen Dara Emil Farah Goran Hana Ines Jun Kofi Lena Mateo Nadia Omar Priya Quinn Rosa Sven
  Tomoko Umar Vera Wei Xenia Yusuf Zoe
`);

export const LAST_NAMES = list(`
  Example Sample Fixture Placeholder Mock Synthetic Invented Fictional Dummy Imaginary Testwell
  Benchley Datum Vector Tensor Kernel Matrix Gradient
`);

export const AFFILIATIONS = ["Example University", "Fictional Institute of Examples", "Synthetic Research Lab"];

export const CATEGORIES = list(`
  cs.LG cs.CL cs.AI cs.CV stat.ML cs.IR eess.AS cs.CR
`);
