variable "region" {
  description = "AWS Region to deploy to"
  type        = string
  default     = "us-east-1"
}

variable "environment_name" {
  description = "Environment this configuration runs as; images are tagged <environment>_<commit id> (CICD-2)"
  type        = string
  default     = "prod"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment_name)
    error_message = "environment_name must be one of the design's environments."
  }
}

variable "image_tag" {
  description = "Image tag to deploy, <environment>_<commit id> as pushed by the build"
  type        = string
  default     = "prod_initial"
}

variable "maintenance_mode" {
  description = "true answers every request with the 503 maintenance page (REL-6)"
  type        = bool
  default     = false
}

variable "app_desired_count" {
  description = "Tasks normally running for app"
  type        = number
  default     = 2
}
