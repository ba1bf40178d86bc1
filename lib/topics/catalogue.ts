// The curated topics. Versioned here and synced into the database at every boot and seed (by slug):
// editing a query re-matches that topic's papers. Queries use web-search syntax (websearch_to_tsquery):
// `or` between alternatives, quotes for phrases. Keep them specific enough that a topic page reads as
// one subject; lib/topics/catalogue.int.test.ts checks that every sample paper lands somewhere.
export type CuratedTopic = { slug: string; name: string; description: string; query: string; categories?: string[] };

export const CURATED_TOPICS: CuratedTopic[] = [
  {
    slug: "quantization",
    name: "Quantization",
    description: "Low-bit weights, activations and training: INT8/INT4/FP8, post-training quantization, 1-bit models.",
    query:
      'quantization or quantized or quantize or "low-bit" or "4-bit" or "8-bit" or "1-bit" or "2-bit" or int8 or int4 or fp8 or fp4',
  },
  {
    slug: "memory-efficient-training",
    name: "Memory-efficient training & optimizers",
    description:
      "Optimizer-state compression, gradient projection, and optimizers that fit bigger models in less memory.",
    query:
      '"optimizer states" or "optimizer state" or "optimizer memory" or "memory-efficient training" or "memory-efficient" or "gradient projection" or "low-rank projection" or "gradient subspace" or "gradient subspaces" or galore or "adaptive optimization" or adamw or "training memory"',
  },
  {
    slug: "kv-cache-inference",
    name: "KV cache & inference efficiency",
    description: "Serving LLMs faster and cheaper: KV-cache compression and eviction, batching, inference workloads.",
    query:
      '"kv cache" or "key-value cache" or "kv caching" or "efficient inference" or "inference efficiency" or "inference workloads" or "llm inference" or "serving"',
  },
  {
    slug: "long-context",
    name: "Long context",
    description: "Models and methods for long inputs: context extension, memory, recurrence over long sequences.",
    query:
      '"long context" or "long contexts" or "long-context" or "context length" or "long sequences" or "context window" or "input contexts"',
  },
  {
    slug: "speculative-decoding",
    name: "Speculative decoding",
    description: "Draft-and-verify decoding and other ways to emit several tokens per forward pass.",
    query: '"speculative decoding" or "draft model" or "judge decoding" or "draft tokens" or "parallel decoding"',
  },
  {
    slug: "reasoning-test-time-compute",
    name: "Reasoning & test-time compute",
    description: "Chain of thought, search and verification at inference time, and scaling compute while answering.",
    query:
      'reasoning or reasoners or "test-time compute" or "test-time scaling" or "inference-time scaling" or "inference-time compute" or "chain-of-thought" or "system 2"',
  },
  {
    slug: "retrieval-rag",
    name: "Retrieval & RAG",
    description: "Retrievers, retrieval-augmented generation, embeddings and citation of sources.",
    query:
      'retrieval or "retrieval-augmented" or rag or retriever or retrievers or "vector database" or "vector databases" or "dense passage"',
  },
  {
    slug: "pre-training-data",
    name: "Pre-training data",
    description: "What goes into pre-training: curation, filtering, data mixtures, synthetic and multilingual data.",
    query:
      '"pre-training data" or "pretraining data" or "data curation" or "data selection" or "data mixture" or "data mixtures" or "data quality" or "synthetic data" or "web data" or "common crawl" or "web-crawled"',
  },
  {
    slug: "privacy",
    name: "Privacy",
    description: "Differential privacy, encrypted and on-device inference, and keeping user data out of models.",
    query:
      'privacy or "differential privacy" or "differentially private" or "privacy-preserving" or "homomorphic" or "homomorphically encrypted" or "sensitive data"',
  },
  {
    slug: "safety-steering",
    name: "Safety & steering",
    description: "Controlling model behaviour: activation steering, guardrails, jailbreaks and alignment.",
    query:
      'safety or steering or "activation steering" or "self-steering" or guardrails or jailbreak or jailbreaks or "unsafe content" or "harmful content"',
  },
  {
    slug: "multimodal-vlms",
    name: "Multimodal & VLMs",
    description: "Vision-language models, image and video understanding, and cross-modal retrieval.",
    query:
      'multimodal or "vision-language" or "vision language" or vlm or vlms or llava or "text-image" or "image-text" or images or video',
  },
  {
    slug: "speech",
    name: "Speech & audio",
    description: "Speech recognition and synthesis, audio language models and spoken dialogue.",
    query:
      'speech or audio or "text-to-speech" or tts or asr or "speech recognition" or "speech synthesis" or "spoken"',
  },
  {
    slug: "model-merging",
    name: "Model merging",
    description: "Combining trained models: weight merging, model fusion, task arithmetic.",
    query:
      '"model merging" or merging or "model fusion" or "heterogeneous model fusion" or "task arithmetic" or "model soup" or "merged model"',
  },
  {
    slug: "distillation",
    name: "Distillation",
    description: "Teaching small or different-architecture models from larger ones.",
    query: 'distillation or distilled or distilling or "knowledge distillation" or "teacher model" or "student model"',
  },
  {
    slug: "pruning-sparsity",
    name: "Pruning & sparsity",
    description: "Removing weights, heads, layers or cache entries, structured and unstructured sparsity.",
    query: 'pruning or pruned or pruner or sparsity or "sparse models" or eviction',
  },
  {
    slug: "small-language-models",
    name: "Small language models",
    description: "Capable models under ~10B parameters, for the edge, for agents, and for cheap deployment.",
    query:
      '"small language model" or "small language models" or slm or slms or "small models" or "small reasoning models" or "on-device" or "edge devices"',
  },
  {
    slug: "tokenization",
    name: "Tokenization",
    description: "Tokenizers and vocabularies: subword schemes, byte-level models, swapping a model's tokenizer.",
    query:
      'subword or vocabulary or vocabularies or bpe or "byte-pair" or "byte pair" or sentencepiece or "byte-level" or "tokenizer transplantation" or "tokenization-free"',
  },
  {
    slug: "theory-interpretability",
    name: "Theory & interpretability",
    description: "Why models work: learning theory, mechanistic interpretability, probing hidden behaviour.",
    query:
      'interpretability or interpretable or mechanistic or theoretical or theory or provably or "hidden meanings" or probing or "knowledge acquisition"',
  },
  {
    slug: "agents-tools",
    name: "Agents & tools",
    description: "LLM agents, tool use, function calling and agentic workflows.",
    query: 'agent or agents or agentic or "tool use" or "tool-integrated" or "function calling" or "personal agents"',
  },
  {
    slug: "code-llms",
    name: "Code LLMs",
    description: "Models that write, fix and reason about code, and the data they are trained on.",
    query:
      '"code generation" or "code llms" or "code llm" or "code completion" or "program synthesis" or "software development" or "software engineering" or "programming languages"',
  },
  {
    slug: "watermarking-detection",
    name: "Watermarking & detection",
    description: "Watermarking model output, detecting AI-generated text, and membership verification.",
    query:
      'watermark or watermarking or "ai generated text" or "ai-generated text" or "machine-generated" or "membership verification" or "text detection" or phishing',
  },
  {
    slug: "efficient-architectures",
    name: "Efficient architectures",
    description: "Beyond vanilla attention: recurrent and state-space models, linear attention, hybrids.",
    query:
      '"state space" or "state-space" or mamba or recurrent or "linear attention" or "hybrid models" or "hybrid model" or rwkv or titans or "quadratic"',
  },
  {
    slug: "fine-tuning",
    name: "Fine-tuning & instruction tuning",
    description: "Adapting pretrained models: LoRA and other PEFT methods, instruction and task tuning.",
    query:
      'lora or "low-rank adaptation" or "parameter-efficient" or peft or "instruction tuning" or "instruction-tuning" or "supervised fine-tuning" or "fine-tuning method" or "fine-tuning methods"',
  },
  {
    slug: "rl-preference-optimization",
    name: "RL & preference optimization",
    description: "Reinforcement learning for LLMs, RLHF, DPO and reward models.",
    query: '"reinforcement learning" or rlhf or "preference optimization" or dpo or "reward model" or "reward models"',
  },
  {
    slug: "training-stability-scaling",
    name: "Training stability & scaling",
    description: "Keeping large runs stable and growing models: initialization, loss spikes, scaling and upscaling.",
    query:
      '"training stability" or "stable training" or "loss spikes" or initialization or "variance control" or "scaling laws" or upscaling or "weight rescaling" or "gradient norms"',
  },
];
