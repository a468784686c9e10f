-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: wordpress
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `wp_comments`;
CREATE TABLE `wp_comments` (
  `comment_ID` bigint unsigned NOT NULL AUTO_INCREMENT,
  `comment_post_ID` bigint unsigned NOT NULL DEFAULT '0',
  `comment_author` tinytext NOT NULL,
  `comment_author_email` varchar(100) NOT NULL DEFAULT '',
  `comment_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `comment_content` text NOT NULL,
  `comment_approved` varchar(20) NOT NULL DEFAULT '1',
  `comment_type` varchar(20) NOT NULL DEFAULT 'comment',
  `comment_parent` bigint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`comment_ID`),
  KEY `comment_post_ID` (`comment_post_ID`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `wp_comments` WRITE;
INSERT INTO `wp_comments` VALUES (1,31,'Dana','dana@example.com','2024-06-10 08:12:00','The new bike lanes on Elm St. made my commute safer. Thank you!','1','comment',0),(2,31,'Lou','lou@example.com','2024-06-10 09:40:00','Safer? They\'re a waste of road. Whoever planned this is a moron.','0','comment',1),(3,31,'Cycle News','','2024-06-10 10:02:00','[&#8230;] the council\'s plan, as reported here [&#8230;]','1','pingback',0),(4,31,'deals4u','promo@example.com','2024-06-10 11:30:00','Cheap watches!!! Visit my site and click the link for 80% off','spam','comment',0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `wp_posts`;
CREATE TABLE `wp_posts` (
  `ID` bigint unsigned NOT NULL AUTO_INCREMENT,
  `post_author` bigint unsigned NOT NULL DEFAULT '0',
  `post_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `post_content` longtext NOT NULL,
  `post_title` text NOT NULL,
  `post_status` varchar(20) NOT NULL DEFAULT 'publish',
  `post_parent` bigint unsigned NOT NULL DEFAULT '0',
  `post_type` varchar(20) NOT NULL DEFAULT 'post',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB AUTO_INCREMENT=33 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `wp_posts` WRITE;
INSERT INTO `wp_posts` VALUES (31,1,'2024-06-09 17:00:00','<!-- wp:paragraph -->\n<p>The city finished painting protected bike lanes on Elm Street this week, from the river bridge to the library. Planters now separate the lanes from traffic, and parking moved to the other side of the street.</p>\n<!-- /wp:paragraph -->','Elm Street gets protected bike lanes','publish',0,'post'),(32,1,'2024-06-09 16:40:00','<p>Draft: the city finished painting bike lanes.</p>','Elm Street bike lanes (draft)','inherit',31,'revision');
UNLOCK TABLES;
