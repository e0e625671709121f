output "alb_dns_name" {
  description = "DNS name of web"
  value       = aws_lb.alb.dns_name
}

output "cluster_name" {
  description = "ECS cluster main"
  value       = aws_ecs_cluster.cluster.name
}

output "api_name" {
  description = "ECS service api"
  value       = aws_ecs_service.api.name
}

output "web_name" {
  description = "ECS service web"
  value       = aws_ecs_service.web.name
}

output "ecr_api_uri" {
  description = "Image repository api"
  value       = aws_ecr_repository.ecr_api.repository_url
}

output "ecr_web_uri" {
  description = "Image repository web"
  value       = aws_ecr_repository.ecr_web.repository_url
}

output "aurora_endpoint" {
  description = "Writer endpoint of orders-db"
  value       = aws_rds_cluster.aurora.endpoint
}

output "aurora_secret_arn" {
  description = "Secret holding the master password of orders-db"
  value       = aws_rds_cluster.aurora.master_user_secret[0].secret_arn
}
