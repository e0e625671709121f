output "alb_dns_name" {
  description = "DNS name of web"
  value       = aws_lb.alb.dns_name
}

output "cluster_name" {
  description = "ECS cluster main"
  value       = aws_ecs_cluster.cluster.name
}

output "app_name" {
  description = "ECS service app"
  value       = aws_ecs_service.app.name
}

output "ecr_app_uri" {
  description = "Image repository app"
  value       = aws_ecr_repository.ecr_app.repository_url
}

output "aurora_endpoint" {
  description = "Writer endpoint of orders-db"
  value       = aws_rds_cluster.aurora.endpoint
}

output "aurora_secret_arn" {
  description = "Secret holding the master password of orders-db"
  value       = aws_rds_cluster.aurora.master_user_secret[0].secret_arn
}
